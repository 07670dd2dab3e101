package main

import (
	"fmt"
	"slices"
	"strings"
)

type Motor interface {
	MoveTo(floor int) int
}

type Door interface {
	Open(floor int)
	Close()
}

type fakeMotor struct {
	at    int
	moved int
}

func (m *fakeMotor) MoveTo(f int) int {
	d := f - m.at
	if d < 0 {
		d = -d
	}
	m.moved += d
	m.at = f
	return d
}

type spyDoor struct{ log []string }

func (s *spyDoor) Open(f int) { s.log = append(s.log, fmt.Sprintf("open@%d", f)) }
func (s *spyDoor) Close()     { s.log = append(s.log, "close") }

type Elevator struct {
	motor Motor
	door  Door
	floor int
	up    bool
}

func NewElevator(m Motor, d Door) *Elevator { return &Elevator{motor: m, door: d, up: true} }

// Serve visits requests using the SCAN strategy.
func (e *Elevator) Serve(requests []int) []int {
	reqs := slices.Clone(requests)
	slices.Sort(reqs)
	reqs = slices.Compact(reqs)
	var order []int
	for len(reqs) > 0 {
		i, _ := slices.BinarySearch(reqs, e.floor)
		var next int
		if e.up {
			if i == len(reqs) {
				e.up = false
				continue
			}
			next = i
		} else {
			if i == 0 && reqs[0] > e.floor {
				e.up = true
				continue
			}
			if i == len(reqs) || reqs[i] != e.floor {
				i--
			}
			next = i
		}
		f := reqs[next]
		e.motor.MoveTo(f)
		e.floor = f
		e.door.Open(f)
		e.door.Close()
		order = append(order, f)
		reqs = slices.Delete(reqs, next, next+1)
	}
	return order
}

func main() {
	tests := []struct {
		start int
		up    bool
		reqs  []int
		want  []int
		moved int
	}{
		{0, true, []int{5, 2, 8}, []int{2, 5, 8}, 8},
		{5, true, []int{3, 7, 1, 9}, []int{7, 9, 3, 1}, 12},
		{5, false, []int{3, 7, 5}, []int{5, 3, 7}, 6},
		{4, true, []int{4, 4}, []int{4}, 0},
	}
	for i, tt := range tests {
		m := &fakeMotor{at: tt.start}
		d := &spyDoor{}
		e := NewElevator(m, d)
		e.floor, e.up = tt.start, tt.up
		got := e.Serve(tt.reqs)
		ok := slices.Equal(got, tt.want) && m.moved == tt.moved
		fmt.Printf("%v #%d order=%v moved=%d doors=%s\n", map[bool]string{true: "PASS", false: "FAIL"}[ok], i, got, m.moved, strings.Join(d.log, " "))
	}
}
