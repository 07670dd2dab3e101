// Exercises: Grid type over [][]byte with a String method printed via Println and %v inside a struct, Point Stringer in slices and map keys, custom error with errors.As, recover from index out of range
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [][]byte

func (g Grid) String() string {
	rows := make([]string, len(g))
	for i, r := range g {
		rows[i] = string(r)
	}
	return strings.Join(rows, "/")
}

type Point struct{ R, C int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.R, p.C) }

type ParseError struct {
	Line int
	Char byte
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: bad char %q", e.Line, e.Char) }

func parse(s string) (Grid, error) {
	var g Grid
	for i, l := range strings.Split(s, "\n") {
		for j := 0; j < len(l); j++ {
			if l[j] != '.' && l[j] != '#' {
				return nil, fmt.Errorf("parse: %w", &ParseError{i + 1, l[j]})
			}
		}
		g = append(g, []byte(l))
	}
	return g, nil
}

func at(g Grid, p Point) (b byte, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return g[p.R][p.C], true
}

func main() {
	g, err := parse("#.#\n.#.\n##.")
	fmt.Println(g, err)
	state := struct {
		G     Grid
		Start Point
	}{g, Point{1, 1}}
	fmt.Printf("%v\n", state)
	fmt.Println([]Point{{0, 0}, {2, 1}}, map[Point]int{{1, 2}: 3})
	_, err = parse("#.\n.x")
	var pe *ParseError
	fmt.Println(err, errors.As(err, &pe), pe.Line)
	for _, p := range []Point{{0, 0}, {5, 5}, {2, 1}} {
		b, ok := at(g, p)
		fmt.Print(p, ":", ok, string(rune(b)), " ")
	}
	fmt.Println()
}
