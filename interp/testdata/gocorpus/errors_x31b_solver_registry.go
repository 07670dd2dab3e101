package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A registry of Euler solvers; failures are reported as errors, panics are recovered.

type Solver func() (int, error)

type SolveError struct {
	Problem int
	Err     error
}

func (e *SolveError) Error() string { return fmt.Sprintf("problem %d: %v", e.Problem, e.Err) }
func (e *SolveError) Unwrap() error { return e.Err }

var ErrNotImplemented = errors.New("not implemented")

type Registry struct {
	solvers map[int]Solver
	expect  map[int]int
}

func (r *Registry) Register(id int, expect int, s Solver) {
	if r.solvers == nil {
		r.solvers = map[int]Solver{}
		r.expect = map[int]int{}
	}
	r.solvers[id] = s
	r.expect[id] = expect
}

func (r *Registry) run(id int) (ans int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &SolveError{id, fmt.Errorf("panic: %v", p)}
		}
	}()
	ans, err = r.solvers[id]()
	if err != nil {
		return 0, &SolveError{id, err}
	}
	if want := r.expect[id]; want != 0 && ans != want {
		return ans, &SolveError{id, fmt.Errorf("got %d, want %d", ans, want)}
	}
	return ans, nil
}

func sumSquareDifference() (int, error) {
	sum, sq := 0, 0
	for i := 1; i <= 100; i++ {
		sum += i
		sq += i * i
	}
	return sum*sum - sq, nil
}

func champernowne() (int, error) {
	var sb strings.Builder
	for i := 1; sb.Len() < 1_000_000; i++ {
		fmt.Fprint(&sb, i)
	}
	s := sb.String()
	prod := 1
	for p := 1; p <= 1_000_000; p *= 10 {
		prod *= int(s[p-1] - '0')
	}
	return prod, nil
}

func main() {
	var reg Registry
	reg.Register(6, 25164150, sumSquareDifference)
	reg.Register(40, 210, champernowne)
	reg.Register(60, 0, func() (int, error) { return 0, ErrNotImplemented })
	reg.Register(99, 0, func() (int, error) {
		var digits []int
		return digits[3], nil
	})
	reg.Register(7, 1, func() (int, error) { return 104743, nil })

	ids := make([]int, 0, len(reg.solvers))
	for id := range reg.solvers {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		ans, err := reg.run(id)
		var se *SolveError
		switch {
		case err == nil:
			fmt.Printf("#%d: %d\n", id, ans)
		case errors.Is(err, ErrNotImplemented):
			fmt.Printf("#%d: skipped (%v)\n", id, err)
		case errors.As(err, &se):
			fmt.Printf("#%d: failed in problem %d: %v\n", id, se.Problem, se.Err)
		}
	}
}
