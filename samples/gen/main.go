// Command gen writes many case folders from the sample cases, for batch
// builds and their tests.
//
// Usage, from the repository root:
//
//	go run ./samples/gen -n 200 -o /tmp/batch200 [-broken 1] [-modes bad-case-toml] [-seed 1] [-src samples]
//
// Each generated folder is a copy of one of the four sample cases
// (samples/acme-v-brightline and the three under samples/batch, in turn)
// with the parties renamed to fresh coined names and the docket numbers
// redrawn; its paragraphs, counts, responses and defenses are those of the
// sample, so the sample's EXPECTED.md totals hold for it (EXPECTED.md itself
// is not copied). With -broken K, K of the cases, chosen by the seed, are
// spoiled on purpose, in turn: an empty answer file, a case.toml with a
// syntax error on line 1, a binary complaint, a case.toml naming a file
// that does not exist (-modes empty-answer,bad-case-toml,binary-complaint,
// missing-file picks and orders them). gen prints one line per broken case,
// naming it and how it was broken.
//
// The output directory must be new or empty; gen never overwrites files.
// The same seed always writes the same folders.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	var opt options
	flag.IntVar(&opt.N, "n", 200, "number of case folders to write")
	flag.StringVar(&opt.Out, "o", "", "output directory (new or empty)")
	flag.IntVar(&opt.Broken, "broken", 0, "number of cases to break on purpose")
	flag.Int64Var(&opt.Seed, "seed", 1, "random seed: names, docket numbers, which cases break")
	flag.StringVar(&opt.Src, "src", "", "samples directory (default: ./samples or the one beside go.mod)")
	modes := flag.String("modes", "", "ways to break cases, comma-separated, used in turn (default all: "+strings.Join(breakModes, ",")+")")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: go run ./samples/gen -n 200 -o DIR [-broken K] [-modes M1,M2] [-seed N] [-src samples]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *modes != "" {
		opt.Modes = strings.Split(*modes, ",")
	}
	if opt.Src == "" {
		src, err := findSamples()
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		opt.Src = src
	}
	cases, err := generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	broken := 0
	for _, c := range cases {
		if c.Broken != "" {
			broken++
			fmt.Printf("broken: %s: %s\n", c.Dir, c.Broken)
		}
	}
	fmt.Printf("wrote %d case folders to %s (%d broken)\n", len(cases), opt.Out, broken)
}
