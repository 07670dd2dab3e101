// Exercises: type Dir int with iota and a String method from an array, turning by modular arithmetic, Dir as map key, in a switch, in interfaces and fmt verbs.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

var names = [...]string{"N", "E", "S", "W"}

func (d Dir) String() string { return names[d] }

func (d Dir) Turn(right bool) Dir {
	if right {
		return (d + 1) % 4
	}
	return (d + 3) % 4
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	x, y, d := 0, 0, North
	moved := map[Dir]int{}
	for _, ins := range strings.Split("R5, L5, R5, R3, L2, L1, R4", ", ") {
		d = d.Turn(ins[0] == 'R')
		n, _ := strconv.Atoi(ins[1:])
		moved[d] += n
		switch d {
		case North:
			y += n
		case South:
			y -= n
		case East:
			x += n
		default:
			x -= n
		}
	}
	fmt.Println(x, y, abs(x)+abs(y), d, moved)
	fmt.Printf("%v %d %s %q %x\n", d, d, d, d, d)
	var any interface{} = West
	fmt.Println(any == West, any == interface{}(3), any.(Dir) == 3, any.(fmt.Stringer).String())
	ds := []Dir{West, North}
	fmt.Println(ds, Dir(2), []interface{}{East, int(East)})
}
