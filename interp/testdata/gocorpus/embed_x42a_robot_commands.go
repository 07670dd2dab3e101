package main

import (
	"fmt"
	"strings"
)

const input = `F10
N3
F7
R90
F11
L180
S4
W2
R270
F5`

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec  { return Vec{v.X * k, v.Y * k} }
func (v Vec) Manhattan() int   { return abs(v.X) + abs(v.Y) }
func (v Vec) String() string   { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }
func (v Vec) RotateRight() Vec { return Vec{v.Y, -v.X} }
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Navigator interface {
	Move(dir byte, n int)
	Turn(deg int)
	Forward(n int)
	fmt.Stringer
}

type Body struct {
	Pos Vec
	log []string
}

func (b *Body) record(s string) { b.log = append(b.log, s) }

type Ship struct {
	Body
	Heading Vec
}

type WaypointShip struct {
	Ship
	Waypoint Vec
}

var dirs = map[byte]Vec{'N': {0, 1}, 'S': {0, -1}, 'E': {1, 0}, 'W': {-1, 0}}

func (s *Ship) Move(d byte, n int) { s.Pos = s.Pos.Add(dirs[d].Scale(n)) }
func (s *Ship) Turn(deg int) {
	for range ((deg%360 + 360) % 360) / 90 {
		s.Heading = s.Heading.RotateRight()
	}
}
func (s *Ship) Forward(n int) {
	s.Pos = s.Pos.Add(s.Heading.Scale(n))
	s.record(fmt.Sprint("fwd ", n, " -> ", s.Pos))
}
func (s *Ship) String() string { return fmt.Sprintf("ship at %v facing %v", s.Pos, s.Heading) }

func (w *WaypointShip) Move(d byte, n int) { w.Waypoint = w.Waypoint.Add(dirs[d].Scale(n)) }
func (w *WaypointShip) Turn(deg int) {
	for range ((deg%360 + 360) % 360) / 90 {
		w.Waypoint = w.Waypoint.RotateRight()
	}
}
func (w *WaypointShip) Forward(n int) {
	w.Pos = w.Pos.Add(w.Waypoint.Scale(n))
	w.record("wp")
}

func run(nav Navigator) {
	for _, line := range strings.Fields(input) {
		var n int
		fmt.Sscanf(line[1:], "%d", &n)
		switch c := line[0]; c {
		case 'F':
			nav.Forward(n)
		case 'R':
			nav.Turn(n)
		case 'L':
			nav.Turn(-n)
		default:
			nav.Move(c, n)
		}
	}
}

func main() {
	s := &Ship{Heading: Vec{1, 0}}
	run(s)
	fmt.Println(s, "distance", s.Pos.Manhattan())
	fmt.Println(strings.Join(s.log, "; "))
	w := &WaypointShip{Ship: Ship{Heading: Vec{1, 0}}, Waypoint: Vec{10, 1}}
	run(w)
	fmt.Println(w, "distance", w.Pos.Manhattan(), "log", len(w.log), w.Waypoint)
	fmt.Printf("%+v\n", *w)
}
