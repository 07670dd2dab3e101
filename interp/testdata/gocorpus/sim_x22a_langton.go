package main

import "fmt"

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

func (d Dir) String() string { return [...]string{"U", "R", "D", "L"}[d] }

func (d Dir) TurnRight() Dir { return (d + 1) % 4 }
func (d Dir) TurnLeft() Dir  { return (d + 3) % 4 }

type Point struct{ X, Y int }

type Ant struct {
	Pos Point
	Dir Dir
}

func (a *Ant) Move() {
	switch a.Dir {
	case Up:
		a.Pos.Y--
	case Down:
		a.Pos.Y++
	case Left:
		a.Pos.X--
	case Right:
		a.Pos.X++
	}
}

func main() {
	black := map[Point]bool{}
	ant := &Ant{}
	for step := 1; step <= 11000; step++ {
		if black[ant.Pos] {
			ant.Dir = ant.Dir.TurnLeft()
			delete(black, ant.Pos)
		} else {
			ant.Dir = ant.Dir.TurnRight()
			black[ant.Pos] = true
		}
		ant.Move()
		if step == 100 || step == 1000 || step == 11000 {
			minX, minY, maxX, maxY := 0, 0, 0, 0
			for p := range black {
				minX, maxX = min(minX, p.X), max(maxX, p.X)
				minY, maxY = min(minY, p.Y), max(maxY, p.Y)
			}
			fmt.Printf("step %5d: ant at %+v facing %v, black=%d, bbox=%dx%d\n",
				step, ant.Pos, ant.Dir, len(black), maxX-minX+1, maxY-minY+1)
		}
	}
	small := map[Point]bool{}
	for p := range black {
		if p.X >= -2 && p.X <= 2 && p.Y >= -2 && p.Y <= 2 {
			small[p] = true
		}
	}
	fmt.Println(len(small))
	for y := -2; y <= 2; y++ {
		for x := -2; x <= 2; x++ {
			if small[Point{x, y}] {
				fmt.Print("#")
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
}
