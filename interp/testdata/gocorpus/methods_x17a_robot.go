package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }
func (d Dir) Right() Dir     { return (d + 1) % 4 }
func (d Dir) Left() Dir      { return (d + 3) % 4 }
func (d Dir) Delta() (int, int) {
	switch d {
	case N:
		return 0, -1
	case E:
		return 1, 0
	case S:
		return 0, 1
	}
	return -1, 0
}

type Pos struct{ X, Y int }

func (p Pos) Add(dx, dy int) Pos { return Pos{p.X + dx, p.Y + dy} }
func (p Pos) Manhattan() int {
	a, b := p.X, p.Y
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	return a + b
}

type Robot struct {
	Pos
	Facing  Dir
	visited map[Pos]int
	log     []string
}

func NewRobot() *Robot { return &Robot{visited: map[Pos]int{{}: 1}} }

func (r *Robot) Exec(cmd string) (firstTwice *Pos) {
	var turn byte
	var n int
	fmt.Sscanf(cmd, "%c%d", &turn, &n)
	if turn == 'R' {
		r.Facing = r.Facing.Right()
	} else {
		r.Facing = r.Facing.Left()
	}
	dx, dy := r.Facing.Delta()
	for range n {
		r.Pos = r.Add(dx, dy)
		r.visited[r.Pos]++
		if r.visited[r.Pos] == 2 && firstTwice == nil {
			p := r.Pos
			firstTwice = &p
		}
	}
	r.log = append(r.log, fmt.Sprintf("%s->%v@%s", cmd, r.Pos, r.Facing))
	return
}

func (r Robot) String() string { return fmt.Sprintf("Robot(%d,%d facing %v)", r.X, r.Y, r.Facing) }

func main() {
	r := NewRobot()
	var twice *Pos
	for _, c := range strings.Split("R8, R4, R4, R8, L3, L2, R5, R1", ", ") {
		if t := r.Exec(c); t != nil && twice == nil {
			twice = t
		}
	}
	fmt.Println(r, r.Manhattan())
	fmt.Println(strings.Join(r.log, " | "))
	if twice != nil {
		fmt.Println("first twice:", *twice, twice.Manhattan())
	}
	fmt.Printf("%v %d %s %v\n", r.Facing, r.Facing, W.Left(), []Dir{N, E, S, W})
	count := 0
	for _, v := range r.visited {
		if v > 1 {
			count++
		}
	}
	fmt.Println("revisited", count, "cells of", len(r.visited))
	f := (*Robot).Exec
	f(r, "L1")
	g := r.Pos.Manhattan
	fmt.Println(g(), r.Pos)
}
