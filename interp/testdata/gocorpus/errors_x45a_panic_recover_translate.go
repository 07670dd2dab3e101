package main

import (
	"errors"
	"fmt"
	"strings"
)

type CodonError struct {
	Codon string
	Pos   int
}

func (e CodonError) Error() string { return fmt.Sprintf("bad codon %s at %d", e.Codon, e.Pos) }

var genetic = map[string]string{
	"ATG": "Met", "GCC": "Ala", "TGG": "Trp", "CAT": "His", "AAA": "Lys",
	"TAA": "Stop", "TGA": "Stop",
}

func mustTranslate(seq string) []string {
	if len(seq)%3 != 0 {
		panic(fmt.Sprintf("length %d not a multiple of 3", len(seq)))
	}
	var out []string
	for i := 0; i < len(seq); i += 3 {
		aa, ok := genetic[seq[i:i+3]]
		if !ok {
			panic(CodonError{seq[i : i+3], i})
		}
		if aa == "Stop" {
			break
		}
		out = append(out, aa)
	}
	return out
}

func safeTranslate(seq string) (res []string, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("translate: %w", r)
		case string:
			err = errors.New(r)
		default:
			err = fmt.Errorf("unexpected %v", r)
		}
	}()
	return mustTranslate(seq), nil
}

func riskyIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	for _, s := range []string{"ATGGCCTGGTAAGCC", "ATGCATAA", "ATGXYZAAA", "ATGAAACATTGG"} {
		res, err := safeTranslate(s)
		var ce CodonError
		if errors.As(err, &ce) {
			fmt.Printf("%-16s codon error %q pos=%d (%v)\n", s, ce.Codon, ce.Pos, err)
			continue
		}
		if err != nil {
			fmt.Printf("%-16s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-16s %s\n", s, strings.Join(res, "-"))
	}
	v, err := riskyIndex([]int{1, 2, 3}, 5)
	fmt.Println(v, err)
	var m map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var s fmt.Stringer
		_ = s.String()
	}()
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	fmt.Println("end of main")
}
