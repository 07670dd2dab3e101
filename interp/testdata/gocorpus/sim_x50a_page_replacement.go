package main

import (
	"fmt"
	"strings"
)

type Policy interface {
	Access(page int) (fault bool)
	Frames() []int
}

type FIFO struct {
	frames []int
	next   int
	cap    int
}

func (f *FIFO) Access(p int) bool {
	for _, x := range f.frames {
		if x == p {
			return false
		}
	}
	if len(f.frames) < f.cap {
		f.frames = append(f.frames, p)
	} else {
		f.frames[f.next] = p
		f.next = (f.next + 1) % f.cap
	}
	return true
}
func (f *FIFO) Frames() []int { return f.frames }

type Clock struct {
	frames []int
	ref    []bool
	hand   int
	cap    int
}

func (c *Clock) Access(p int) bool {
	for i, x := range c.frames {
		if x == p {
			c.ref[i] = true
			return false
		}
	}
	if len(c.frames) < c.cap {
		c.frames = append(c.frames, p)
		c.ref = append(c.ref, true)
		return true
	}
	for c.ref[c.hand] {
		c.ref[c.hand] = false
		c.hand = (c.hand + 1) % c.cap
	}
	c.frames[c.hand], c.ref[c.hand] = p, true
	c.hand = (c.hand + 1) % c.cap
	return true
}
func (c *Clock) Frames() []int { return c.frames }

type OPT struct {
	frames []int
	cap    int
	future []int
	t      int
}

func (o *OPT) Access(p int) bool {
	o.t++
	for _, x := range o.frames {
		if x == p {
			return false
		}
	}
	if len(o.frames) < o.cap {
		o.frames = append(o.frames, p)
		return true
	}
	victim, farthest := 0, -1
	for i, x := range o.frames {
		next := len(o.future) + 1
		for j := o.t; j < len(o.future); j++ {
			if o.future[j] == x {
				next = j
				break
			}
		}
		if next > farthest {
			victim, farthest = i, next
		}
	}
	o.frames[victim] = p
	return true
}
func (o *OPT) Frames() []int { return o.frames }

func run(name string, p Policy, refs []int, verbose bool) int {
	faults := 0
	var trace strings.Builder
	for _, r := range refs {
		if p.Access(r) {
			faults++
			trace.WriteString("F")
		} else {
			trace.WriteString(".")
		}
	}
	fmt.Printf("%-6s faults=%2d %s final=%v\n", name, faults, trace.String(), p.Frames())
	return faults
}

func main() {
	refs := []int{7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1}
	for _, frames := range []int{3, 4} {
		fmt.Println("frames:", frames)
		run("FIFO", &FIFO{cap: frames}, refs, false)
		run("CLOCK", &Clock{cap: frames}, refs, false)
		run("OPT", &OPT{cap: frames, future: refs}, refs, false)
	}
	belady := []int{1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5}
	f3 := run("FIFO3", &FIFO{cap: 3}, belady, false)
	f4 := run("FIFO4", &FIFO{cap: 4}, belady, false)
	fmt.Println("Belady's anomaly:", f4 > f3)
}
