package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Pair struct{ I, J int }

func canPair(a, b byte) bool {
	switch string([]byte{a, b}) {
	case "AU", "UA", "GC", "CG", "GU", "UG":
		return true
	}
	return false
}

func nussinov(rna string, minLoop int) (int, string) {
	n := len(rna)
	N := make([][]int, n)
	for i := range N {
		N[i] = make([]int, n)
	}
	for l := minLoop + 1; l < n; l++ {
		for i := 0; i+l < n; i++ {
			j := i + l
			best := N[i+1][j]
			best = max(best, N[i][j-1])
			if canPair(rna[i], rna[j]) {
				best = max(best, N[i+1][j-1]+1)
			}
			for k := i + 1; k < j; k++ {
				best = max(best, N[i][k]+N[k+1][j])
			}
			N[i][j] = best
		}
	}
	db := make([]byte, n)
	for i := range db {
		db[i] = '.'
	}
	st := &Stack[Pair]{}
	st.Push(Pair{0, n - 1})
	for st.Len() > 0 {
		p, _ := st.Pop()
		i, j := p.I, p.J
		if i >= j {
			continue
		}
		switch {
		case N[i+1][j] == N[i][j]:
			st.Push(Pair{i + 1, j})
		case N[i][j-1] == N[i][j]:
			st.Push(Pair{i, j - 1})
		case canPair(rna[i], rna[j]) && N[i+1][j-1]+1 == N[i][j]:
			db[i], db[j] = '(', ')'
			st.Push(Pair{i + 1, j - 1})
		default:
			for k := i + 1; k < j; k++ {
				if N[i][k]+N[k+1][j] == N[i][j] {
					st.Push(Pair{k + 1, j})
					st.Push(Pair{i, k})
					break
				}
			}
		}
	}
	return N[0][n-1], string(db)
}

var ErrUnbalanced = errors.New("unbalanced structure")

func pairsOf(db string) ([]Pair, error) {
	var st Stack[int]
	var out []Pair
	for j, c := range db {
		switch c {
		case '(':
			st.Push(j)
		case ')':
			i, ok := st.Pop()
			if !ok {
				return nil, fmt.Errorf("position %d: %w", j, ErrUnbalanced)
			}
			out = append(out, Pair{i, j})
		}
	}
	if st.Len() != 0 {
		return out, fmt.Errorf("%d open: %w", st.Len(), ErrUnbalanced)
	}
	return out, nil
}

func main() {
	for _, rna := range []string{"GGGAAAUCC", "GCACGACG", "AUGCUAGCAUGCAU"} {
		score, db := nussinov(rna, 3)
		ps, err := pairsOf(db)
		fmt.Printf("%s\n%s  pairs=%d %v err=%v\n", rna, db, score, ps, err)
	}
	for _, db := range []string{"((..))", "(()", "())("} {
		ps, err := pairsOf(db)
		fmt.Printf("%-7q %v %v %t\n", db, ps, err, errors.Is(err, ErrUnbalanced))
	}
	var s Stack[string]
	v, ok := s.Pop()
	fmt.Printf("%q %v %T\n", v, ok, s)
}
