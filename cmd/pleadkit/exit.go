package main

import "errors"

// exitCoder is an error that carries the process exit code.
type exitCoder interface {
	error
	ExitCode() int
}

// exitError is an error with an exit code; an empty message prints nothing.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }
func (e *exitError) ExitCode() int { return e.code }

func asExitCoder(err error, target *exitCoder) bool { return errors.As(err, target) }
