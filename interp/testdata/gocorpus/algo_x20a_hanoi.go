package main

import (
	"fmt"
	"strings"
)

type Move struct {
	Disk     int
	From, To byte
}

func (m Move) String() string { return fmt.Sprintf("%d:%c->%c", m.Disk, m.From, m.To) }

func hanoi(n int, from, to, via byte, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

type Towers map[byte][]int

func (t Towers) apply(m Move) error {
	src := t[m.From]
	if len(src) == 0 || src[len(src)-1] != m.Disk {
		return fmt.Errorf("bad move %v", m)
	}
	dst := t[m.To]
	if len(dst) > 0 && dst[len(dst)-1] < m.Disk {
		return fmt.Errorf("cannot put %d on %d", m.Disk, dst[len(dst)-1])
	}
	t[m.From] = src[:len(src)-1]
	t[m.To] = append(dst, m.Disk)
	return nil
}

func (t Towers) draw() string {
	var b strings.Builder
	for _, p := range []byte("ABC") {
		fmt.Fprintf(&b, "%c%v ", p, t[p])
	}
	return b.String()
}

func main() {
	var moves []Move
	hanoi(3, 'A', 'C', 'B', &moves)
	fmt.Println(len(moves), moves)
	for n := 1; n <= 10; n++ {
		var ms []Move
		hanoi(n, 'A', 'C', 'B', &ms)
		fmt.Print(len(ms), " ")
	}
	fmt.Println()
	t := Towers{'A': {4, 3, 2, 1}}
	moves = moves[:0]
	hanoi(4, 'A', 'C', 'B', &moves)
	for i, m := range moves {
		if err := t.apply(m); err != nil {
			fmt.Println(err)
			return
		}
		if i%5 == 4 {
			fmt.Println(i+1, t.draw())
		}
	}
	fmt.Println("final", t.draw())
	err := t.apply(Move{1, 'A', 'B'})
	fmt.Println(err)
	fmt.Println(t.apply(Move{1, 'C', 'B'}), t.apply(Move{2, 'C', 'B'}))
}
