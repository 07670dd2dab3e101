package main

import "fmt"

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string {
	switch l {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return fmt.Sprintf("Light(%d)", int(l))
}

type Transition struct {
	Next     Light
	Duration int
}

var table = map[Light]Transition{
	Red:    {Green, 4},
	Green:  {Yellow, 3},
	Yellow: {Red, 1},
}

type Intersection struct {
	NS, EW     Light
	remaining  int
	pedestrian bool
}

func (in *Intersection) Tick(t int) {
	in.remaining--
	if in.remaining > 0 {
		return
	}
	if in.NS == Red && in.pedestrian {
		fmt.Printf("t=%02d walk signal\n", t)
		in.pedestrian = false
		in.remaining = 2
		return
	}
	tr := table[in.NS]
	in.NS = tr.Next
	in.remaining = tr.Duration
	switch in.NS {
	case Green, Yellow:
		in.EW = Red
	case Red:
		in.EW = Green
	}
	fmt.Printf("t=%02d NS=%-6v EW=%-6v for %d\n", t, in.NS, in.EW, in.remaining)
}

func main() {
	in := &Intersection{NS: Red, EW: Green, remaining: 1}
	for t := 0; t < 25; t++ {
		if t == 6 || t == 15 {
			in.pedestrian = true
			fmt.Printf("t=%02d button pressed\n", t)
		}
		in.Tick(t)
	}
	fmt.Println(Light(7), fmt.Sprint(Yellow), []Light{Red, Green})
}
