package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrSyntax    = errors.New("syntax error")
	ErrSelfLoop  = errors.New("self loop")
	ErrDuplicate = errors.New("duplicate edge")
)

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e LineError) Unwrap() error { return e.Err }

type Edge struct {
	U, V int
	W    float64
}

func ParseEdges(src string) ([]Edge, error) {
	var edges []Edge
	var errs []error
	seen := map[[2]int]bool{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			errs = append(errs, LineError{i + 1, fmt.Errorf("%w: want 3 fields, got %d", ErrSyntax, len(f))})
			continue
		}
		u, err1 := strconv.Atoi(f[0])
		v, err2 := strconv.Atoi(f[1])
		w, err3 := strconv.ParseFloat(f[2], 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			errs = append(errs, LineError{i + 1, fmt.Errorf("%w: %v", ErrSyntax, err)})
			continue
		}
		if u == v {
			errs = append(errs, LineError{i + 1, ErrSelfLoop})
			continue
		}
		key := [2]int{min(u, v), max(u, v)}
		if seen[key] {
			errs = append(errs, LineError{i + 1, fmt.Errorf("%w %d-%d", ErrDuplicate, u, v)})
			continue
		}
		seen[key] = true
		edges = append(edges, Edge{u, v, w})
	}
	return edges, errors.Join(errs...)
}

const input = `# u v w
1 2 0.5
2 3 1.5
3 3 2
2 x 1
4 1
1 2 9
3 4 1e2
5 6 abc`

func main() {
	edges, err := ParseEdges(input)
	fmt.Printf("%d edges parsed\n", len(edges))
	for _, e := range edges {
		fmt.Printf("  %d-%d %8.3f %s\n", e.U, e.V, e.W, strconv.FormatFloat(e.W, 'g', -1, 64))
	}
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
	}
	fmt.Println("syntax?", errors.Is(err, ErrSyntax), "loop?", errors.Is(err, ErrSelfLoop), "dup?", errors.Is(err, ErrDuplicate))
	var le LineError
	if errors.As(err, &le) {
		fmt.Printf("first line error: %d (%T)\n", le.Line, le.Err)
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			fmt.Printf("%-45q %v\n", e.Error(), errors.Is(e, ErrSyntax))
		}
	}
	_, err = ParseEdges("1 2 3\n")
	fmt.Println("clean:", err == nil, err)
}
