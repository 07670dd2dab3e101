package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reg int

type CPU struct {
	regs [4]int
	log  []string
}

func (c *CPU) Set(r Reg, v int) { c.regs[r] = v; c.logf("set r%d=%d", r, v) }
func (c *CPU) Add(a, b Reg)     { c.regs[a] += c.regs[b]; c.logf("add r%d+=r%d", a, b) }
func (c *CPU) Mul(a, b Reg)     { c.regs[a] *= c.regs[b]; c.logf("mul r%d*=r%d", a, b) }
func (c *CPU) logf(f string, args ...any) {
	c.log = append(c.log, fmt.Sprintf(f, args...))
}
func (c CPU) Snapshot() [4]int { return c.regs }

type Op func(a, b Reg)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	cpu := &CPU{}
	table := map[string]Op{"add": cpu.Add, "mul": cpu.Mul}
	set := cpu.Set
	set(0, 3)
	set(1, 4)
	prog := []struct {
		op   string
		a, b Reg
	}{{"add", 0, 1}, {"mul", 0, 0}, {"add", 2, 0}}
	for _, in := range prog {
		table[in.op](in.a, in.b)
	}
	snap := cpu.Snapshot
	cpu.Set(3, 99)
	fmt.Println(snap(), cpu.Snapshot())
	fmt.Println(strings.Join(cpu.log, "; "))

	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	p := Point{1, 2}
	q := addExpr(p, Point{10, 20})
	scaleExpr(&q, 2)
	fmt.Println(p, q)
	bound := p.Add
	p = Point{100, 100}
	fmt.Println(bound(Point{1, 1}))
	strs := []fmt.Stringer{p, &q, Point{}}
	sort.Slice(strs, func(i, j int) bool { return strs[i].String() < strs[j].String() })
	fmt.Println(strs)
	fns := []func(Point) Point{Point{1, 1}.Add, q.Add}
	for _, f := range fns {
		fmt.Print(f(Point{5, 5}), " ")
	}
	fmt.Println()
	var s fmt.Stringer = &q
	fmt.Printf("%v %s %T\n", s, s, s)
}
