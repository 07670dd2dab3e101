package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
)

type String struct {
	prev, cur []float64
	c         float64 // courant number
}

func NewPluckedString(n int, at float64, c float64) *String {
	s := &String{prev: make([]float64, n), cur: make([]float64, n), c: c}
	peak := int(at * float64(n-1))
	for i := range s.cur {
		if i <= peak {
			s.cur[i] = float64(i) / float64(peak)
		} else {
			s.cur[i] = float64(n-1-i) / float64(n-1-peak)
		}
	}
	copy(s.prev, s.cur)
	return s
}

func (s *String) Step() {
	n := len(s.cur)
	next := make([]float64, n)
	c2 := s.c * s.c
	for i := 1; i < n-1; i++ {
		next[i] = 2*s.cur[i] - s.prev[i] + c2*(s.cur[i+1]-2*s.cur[i]+s.cur[i-1])
	}
	s.prev, s.cur = s.cur, next
}

func (s *String) Draw(w *bufio.Writer, rows int) {
	for r := rows; r >= -rows; r-- {
		lvl := float64(r) / float64(rows)
		for _, y := range s.cur {
			switch {
			case math.Abs(y-lvl) < 0.5/float64(rows):
				w.WriteByte('*')
			case r == 0:
				w.WriteByte('-')
			default:
				w.WriteByte(' ')
			}
		}
		w.WriteByte('\n')
	}
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	s := NewPluckedString(49, 0.3, 1.0)
	for step := 0; step <= 96; step++ {
		if step%24 == 0 {
			e := 0.0
			for _, y := range s.cur {
				e += y * y
			}
			fmt.Fprintf(w, "step %d, sum y^2 = %.4f\n", step, e)
			s.Draw(w, 4)
		}
		s.Step()
	}
}
