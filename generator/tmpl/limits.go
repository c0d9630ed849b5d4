package tmpl

import (
	"bytes"
	"errors"
	"fmt"
	"sync/atomic"
	"text/template"
	"text/template/parse"
	"time"
)

// Limits bound one execution of a template: a body that loops for ever or
// writes without end fails alone, at the line where it stopped.
type Limits struct {
	Timeout   time.Duration // wall-clock time allowed; 0 means DefaultTimeout
	MaxOutput int64         // bytes of Markdown allowed; 0 means DefaultMaxOutput
}

// The limits a template runs with unless told otherwise.
const (
	DefaultTimeout   = 10 * time.Second
	DefaultMaxOutput = 64 << 20
)

// Sentinels for errors.Is: why an execution was stopped.
var (
	ErrTimeout   = errors.New("template ran out of time")
	ErrOutputCap = errors.New("template output too large")
)

// tickFunc is the function placed at the start of every range body, so
// that each iteration checks the limits and an error names the loop's line.
const tickFunc = "pleadkitLimitTick"

// guardRanges puts a call of tickFunc at the start of the body of every
// range and of every template (so recursion through {{ template }} is
// checked too) in every template of tt.
func guardRanges(tt *template.Template) {
	for _, t := range tt.Templates() {
		if t.Tree != nil && t.Tree.Root != nil {
			guardList(t.Tree, t.Tree.Root)
			if root := t.Tree.Root; len(root.Nodes) > 0 {
				root.Nodes = append([]parse.Node{tickNode(t.Tree, root.Nodes[0].Position(), 0)}, root.Nodes...)
			}
		}
	}
}

// tickNode returns an action calling tickFunc at pos.
func tickNode(tree *parse.Tree, pos parse.Pos, line int) *parse.ActionNode {
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: line, Pipe: &parse.PipeNode{
		NodeType: parse.NodePipe, Pos: pos, Line: line,
		Cmds: []*parse.CommandNode{{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{
			(&parse.IdentifierNode{NodeType: parse.NodeIdentifier, Ident: tickFunc}).SetTree(tree).SetPos(pos),
		}}},
	}}
}

func guardList(tree *parse.Tree, l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.RangeNode:
			guardList(tree, n.List)
			guardList(tree, n.ElseList)
			if n.List != nil {
				n.List.Nodes = append([]parse.Node{tickNode(tree, n.Pos, n.Line)}, n.List.Nodes...)
			}
		case *parse.IfNode:
			guardList(tree, n.List)
			guardList(tree, n.ElseList)
		case *parse.WithNode:
			guardList(tree, n.List)
			guardList(tree, n.ElseList)
		case *parse.ListNode:
			guardList(tree, n)
		}
	}
}

// limitWriter keeps at most max bytes and counts the rest; the checks at
// each loop iteration stop the template once the count passes the cap or
// the deadline has passed.
type limitWriter struct {
	buf     bytes.Buffer
	max     int64
	n       atomic.Int64
	expired atomic.Bool
	// abandoned is set when the caller stopped waiting; the checks have
	// failed since expired, so only a write can still stop the execution.
	abandoned atomic.Bool
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.abandoned.Load() {
		return 0, ErrTimeout // an abandoned execution ends at its next write
	}
	if w.n.Add(int64(len(p))) > w.max {
		return len(p), nil // dropped: the output fails as a whole
	}
	return w.buf.Write(p)
}

// check is tickFunc: it fails once the deadline passed or the cap is reached.
func (w *limitWriter) check() (string, error) {
	if w.expired.Load() {
		return "", ErrTimeout
	}
	if w.n.Load() > w.max {
		return "", ErrOutputCap
	}
	return "", nil
}

// ExecuteWith is Execute under limits: past limits.Timeout or
// limits.MaxOutput bytes the execution fails with ErrTimeout or
// ErrOutputCap, naming the template line where it stopped. A body stuck
// where no check can reach it is left running and reported after twice the
// timeout and a second (grace for a loaded machine), so a caller never
// waits for ever.
func (t *Template) ExecuteWith(data any, limits Limits) ([]byte, error) {
	if t == nil || t.tmpl == nil {
		return nil, errors.New("execute: template not parsed (use Parse, ParseFile or a Store)")
	}
	if limits.Timeout <= 0 {
		limits.Timeout = DefaultTimeout
	}
	if limits.MaxOutput <= 0 {
		limits.MaxOutput = DefaultMaxOutput
	}
	w := &limitWriter{max: limits.MaxOutput}
	w.buf.Grow(4096)
	tt, err := t.tmpl.Clone()
	if err != nil {
		return nil, t.templateError(ErrExecute, err)
	}
	tt.Funcs(template.FuncMap{tickFunc: w.check, "partial": partialFunc(&execSet{t: tt})})
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("internal error (please report): %v", r)
			}
		}()
		done <- tt.Execute(w, data)
	}()
	timer := time.AfterFunc(limits.Timeout, func() { w.expired.Store(true) })
	defer timer.Stop()
	select {
	case err = <-done:
	case <-time.After(2*limits.Timeout + time.Second):
		w.abandoned.Store(true)
		return nil, &Error{Pos: Pos{File: t.Origin}, Kind: ErrExecute, Err: ErrTimeout,
			Hint: fmt.Sprintf("did not finish in %s; look for a loop without end, or raise the limit", limits.Timeout)}
	}
	if err == nil && w.n.Load() > w.max {
		err = ErrOutputCap
	}
	if err != nil {
		e := t.templateError(ErrExecute, err)
		switch {
		case errors.Is(err, ErrTimeout):
			e.Err, e.Hint = ErrTimeout, fmt.Sprintf("stopped after %s; look for a loop without end, or raise the limit", limits.Timeout)
		case errors.Is(err, ErrOutputCap):
			e.Err, e.Hint = ErrOutputCap, fmt.Sprintf("stopped past %d MB of Markdown; look for a loop that repeats without end, or raise the limit", limits.MaxOutput>>20)
		}
		return nil, e
	}
	return tidy(w.buf.Bytes()), nil
}

// WithLimits returns a copy of t that Execute runs under limits.
func (t *Template) WithLimits(limits Limits) *Template {
	c := *t
	c.limits = limits
	return &c
}
