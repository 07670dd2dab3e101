package main

import (
	"errors"
	"fmt"
	"strings"
)

type GapBuffer struct {
	buf              []rune
	gapStart, gapEnd int
}

var ErrAtEdge = errors.New("cursor at edge")

func NewGapBuffer(s string, capacity int) *GapBuffer {
	r := []rune(s)
	capacity = max(capacity, len(r)+1)
	g := &GapBuffer{buf: make([]rune, capacity)}
	copy(g.buf, r)
	g.gapStart = len(r)
	g.gapEnd = capacity
	return g
}

func (g *GapBuffer) gapLen() int { return g.gapEnd - g.gapStart }

func (g *GapBuffer) grow() {
	nb := make([]rune, len(g.buf)*2)
	copy(nb, g.buf[:g.gapStart])
	tail := len(g.buf) - g.gapEnd
	copy(nb[len(nb)-tail:], g.buf[g.gapEnd:])
	g.gapEnd = len(nb) - tail
	g.buf = nb
}

func (g *GapBuffer) Insert(s string) {
	for _, r := range s {
		if g.gapLen() == 0 {
			g.grow()
		}
		g.buf[g.gapStart] = r
		g.gapStart++
	}
}

func (g *GapBuffer) Left() error {
	if g.gapStart == 0 {
		return ErrAtEdge
	}
	g.gapStart--
	g.gapEnd--
	g.buf[g.gapEnd] = g.buf[g.gapStart]
	return nil
}

func (g *GapBuffer) Right() error {
	if g.gapEnd == len(g.buf) {
		return ErrAtEdge
	}
	g.buf[g.gapStart] = g.buf[g.gapEnd]
	g.gapStart++
	g.gapEnd++
	return nil
}

func (g *GapBuffer) Backspace() (rune, error) {
	if g.gapStart == 0 {
		return 0, fmt.Errorf("backspace: %w", ErrAtEdge)
	}
	g.gapStart--
	return g.buf[g.gapStart], nil
}

func (g *GapBuffer) String() string {
	return string(g.buf[:g.gapStart]) + string(g.buf[g.gapEnd:])
}

func (g *GapBuffer) Debug() string {
	return string(g.buf[:g.gapStart]) + "[" + strings.Repeat("_", g.gapLen()) + "]" + string(g.buf[g.gapEnd:])
}

func main() {
	g := NewGapBuffer("helo", 6)
	fmt.Println(g.Debug())
	g.Left()
	g.Insert("l")
	fmt.Println(g.Debug())
	for g.Right() == nil {
	}
	g.Insert(", wörld")
	fmt.Println(g.Debug(), len(g.buf))
	for i := 0; i < 5; i++ {
		g.Left()
	}
	r, _ := g.Backspace()
	fmt.Printf("deleted %q -> %s\n", r, g)
	for {
		if err := g.Left(); err != nil {
			fmt.Println("left:", err)
			break
		}
	}
	_, err := g.Backspace()
	fmt.Println(err, errors.Is(err, ErrAtEdge))
	g.Insert(">> ")
	fmt.Printf("%q %d\n", g.String(), g.gapStart)
}
