package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

var dirNames = map[Dir]string{North: "N", East: "E", South: "S", West: "W"}

func (d Dir) String() string { return dirNames[d] }

func (d Dir) Right() Dir { return (d + 1) % 4 }
func (d Dir) Left() Dir  { return (d + 3) % 4 }

type Pos struct{ X, Y int }

type Robot struct {
	Pos
	Facing  Dir
	maxDist int
	log     []string
}

func (r *Robot) step(obstacles map[Pos]bool) bool {
	next := r.Pos
	switch r.Facing {
	case North:
		next.Y++
	case South:
		next.Y--
	case East:
		next.X++
	case West:
		next.X--
	}
	if obstacles[next] {
		return false
	}
	r.Pos = next
	r.maxDist = max(r.maxDist, r.X*r.X+r.Y*r.Y)
	return true
}

// robotSim is LeetCode 874: commands -2 turn left, -1 right, k>0 move k.
func robotSim(commands []int, obstacles [][]int) (int, *Robot) {
	blocked := make(map[Pos]bool, len(obstacles))
	for _, o := range obstacles {
		blocked[Pos{o[0], o[1]}] = true
	}
	r := &Robot{}
	for _, c := range commands {
		switch {
		case c == -2:
			r.Facing = r.Facing.Left()
		case c == -1:
			r.Facing = r.Facing.Right()
		default:
			moved := 0
			for moved < c && r.step(blocked) {
				moved++
			}
			if moved < c {
				r.log = append(r.log, fmt.Sprintf("blocked at %v facing %v", r.Pos, r.Facing))
			}
		}
	}
	return r.maxDist, r
}

// isRobotBounded is LeetCode 1041.
func isRobotBounded(instructions string) bool {
	r := Robot{}
	for _, ch := range instructions {
		switch ch {
		case 'G':
			r.step(nil)
		case 'L':
			r.Facing = r.Facing.Left()
		case 'R':
			r.Facing = r.Facing.Right()
		}
	}
	return r.Pos == (Pos{}) || r.Facing != North
}

func main() {
	d, r := robotSim([]int{4, -1, 3}, nil)
	fmt.Println(d, r.Pos, r.Facing)
	d, r = robotSim([]int{4, -1, 4, -2, 4}, [][]int{{2, 4}})
	fmt.Println(d, r.Pos, r.Facing, r.log)
	d, r = robotSim([]int{6, -1, -1, 6}, [][]int{{0, 0}})
	fmt.Printf("%d %+v\n", d, r.Pos)
	for _, in := range []string{"GGLLGG", "GG", "GL", strings.Repeat("GR", 2)} {
		fmt.Printf("%-8s bounded=%v\n", in, isRobotBounded(in))
	}
	fmt.Println(North, West.Right(), North.Left(), Dir(2))
	fmt.Printf("%v %d %x\n", []Dir{North, East}, East, South)
}
