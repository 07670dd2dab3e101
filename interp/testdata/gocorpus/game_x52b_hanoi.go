package main

import (
	"fmt"
	"strings"
)

type Peg []int

func (p *Peg) Push(d int) error {
	if n := len(*p); n > 0 && (*p)[n-1] < d {
		return fmt.Errorf("cannot put %d on %d", d, (*p)[n-1])
	}
	*p = append(*p, d)
	return nil
}

func (p *Peg) Pop() (int, error) {
	n := len(*p)
	if n == 0 {
		return 0, fmt.Errorf("peg is empty")
	}
	d := (*p)[n-1]
	*p = (*p)[:n-1]
	return d, nil
}

type Towers [3]Peg

func (t *Towers) Move(from, to int) error {
	d, err := t[from].Pop()
	if err != nil {
		return fmt.Errorf("move %d->%d: %w", from, to, err)
	}
	if err := t[to].Push(d); err != nil {
		t[from] = append(t[from], d)
		return fmt.Errorf("move %d->%d: %w", from, to, err)
	}
	return nil
}

func (t Towers) String() string {
	parts := make([]string, 3)
	for i, p := range t {
		parts[i] = fmt.Sprint([]int(p))
	}
	return strings.Join(parts, " | ")
}

func solve(n, from, to, via int, emit func(int, int)) {
	if n == 0 {
		return
	}
	solve(n-1, from, via, to, emit)
	emit(from, to)
	solve(n-1, via, to, from, emit)
}

func main() {
	t := &Towers{{3, 2, 1}}
	manual := [][2]int{{0, 2}, {0, 2}, {1, 0}, {0, 1}}
	for _, m := range manual {
		if err := t.Move(m[0], m[1]); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println(t)
	}
	t = &Towers{{4, 3, 2, 1}}
	count := 0
	solve(4, 0, 2, 1, func(a, b int) {
		count++
		if err := t.Move(a, b); err != nil {
			panic(err)
		}
		fmt.Printf("%2d: %d->%d  %v\n", count, a, b, t)
	})
}
