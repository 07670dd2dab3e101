package main

import (
	"fmt"
	"strings"
)

type Light uint8

const (
	Red Light = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

func (l Light) String() string {
	return [...]string{"RED", "RED+AMBER", "GREEN", "AMBER", "FLASH"}[l]
}

type Transition struct {
	Next     Light
	Duration int
}

var cycle = map[Light]Transition{
	Red:      {RedAmber, 4},
	RedAmber: {Green, 1},
	Green:    {Amber, 5},
	Amber:    {Red, 2},
}

type Intersection struct {
	NS, EW    Light
	remaining int
	faulted   bool
	log       []string
}

func (x *Intersection) Tick(t int) {
	if x.faulted {
		return
	}
	x.remaining--
	if x.remaining > 0 {
		return
	}
	// the direction that is not red drives the cycle
	active := &x.NS
	if x.NS == Red && x.EW != Red {
		active = &x.EW
	}
	tr := cycle[*active]
	*active = tr.Next
	x.remaining = cycle[*active].Duration
	if *active == Red {
		if active == &x.NS {
			x.EW = RedAmber
		} else {
			x.NS = RedAmber
		}
		x.remaining = cycle[RedAmber].Duration
	}
	x.log = append(x.log, fmt.Sprintf("t=%02d NS=%-9v EW=%v", t, x.NS, x.EW))
}

func (x *Intersection) Fault() {
	x.faulted = true
	x.NS, x.EW = FlashingAmber, FlashingAmber
}

func main() {
	x := &Intersection{NS: Green, EW: Red, remaining: cycle[Green].Duration}
	for t := 1; t <= 24; t++ {
		x.Tick(t)
		if t == 20 {
			x.Fault()
		}
	}
	fmt.Println(strings.Join(x.log, "\n"))
	fmt.Println("final:", x.NS, x.EW, x.faulted)
	counts := map[Light]int{}
	for _, l := range x.log {
		for _, name := range []Light{Red, RedAmber, Green, Amber} {
			if strings.Contains(l, "NS="+name.String()+" ") {
				counts[name]++
			}
		}
	}
	fmt.Println(counts)
	fmt.Printf("%v %d %s %x\n", Green, Green, Amber, FlashingAmber)
}
