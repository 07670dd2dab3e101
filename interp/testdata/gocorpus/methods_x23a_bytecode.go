package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	LOAD
	STORE
	ADD
	MUL
	LT
	JMPF
	JMP
	OUT
)

func (o Op) String() string {
	return [...]string{"PUSH", "LOAD", "STORE", "ADD", "MUL", "LT", "JMPF", "JMP", "OUT"}[o]
}

type Code struct {
	ops   []Op
	args  []int
	names []string
}

func (c *Code) emit(op Op, arg int) int {
	c.ops = append(c.ops, op)
	c.args = append(c.args, arg)
	return len(c.ops) - 1
}

func (c *Code) slot(name string) int {
	for i, n := range c.names {
		if n == name {
			return i
		}
	}
	c.names = append(c.names, name)
	return len(c.names) - 1
}

type Node interface{ compile(c *Code) }

type Num int
type Ref string
type BinOp struct {
	Op   Op
	L, R Node
}
type Set struct {
	Name string
	X    Node
}
type Print struct{ X Node }
type Loop struct {
	Cond Node
	Body []Node
}

func (n Num) compile(c *Code)   { c.emit(PUSH, int(n)) }
func (r Ref) compile(c *Code)   { c.emit(LOAD, c.slot(string(r))) }
func (b BinOp) compile(c *Code) { b.L.compile(c); b.R.compile(c); c.emit(b.Op, 0) }
func (s Set) compile(c *Code)   { s.X.compile(c); c.emit(STORE, c.slot(s.Name)) }
func (p Print) compile(c *Code) { p.X.compile(c); c.emit(OUT, 0) }
func (l Loop) compile(c *Code) {
	top := len(c.ops)
	l.Cond.compile(c)
	jf := c.emit(JMPF, -1)
	for _, s := range l.Body {
		s.compile(c)
	}
	c.emit(JMP, top)
	c.args[jf] = len(c.ops)
}

func (c *Code) Disasm() string {
	var sb strings.Builder
	for i, op := range c.ops {
		fmt.Fprintf(&sb, "%3d %-5v", i, op)
		switch op {
		case LOAD, STORE:
			fmt.Fprintf(&sb, " %s", c.names[c.args[i]])
		case PUSH, JMP, JMPF:
			fmt.Fprintf(&sb, " %d", c.args[i])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (c *Code) Run() []int {
	mem := make([]int, len(c.names))
	var st, out []int
	pop := func() int { v := st[len(st)-1]; st = st[:len(st)-1]; return v }
	for pc := 0; pc < len(c.ops); pc++ {
		switch a := c.args[pc]; c.ops[pc] {
		case PUSH:
			st = append(st, a)
		case LOAD:
			st = append(st, mem[a])
		case STORE:
			mem[a] = pop()
		case ADD, MUL, LT:
			y, x := pop(), pop()
			r := map[Op]func() int{ADD: func() int { return x + y }, MUL: func() int { return x * y },
				LT: func() int {
					if x < y {
						return 1
					}
					return 0
				}}[c.ops[pc]]()
			st = append(st, r)
		case JMPF:
			if pop() == 0 {
				pc = a - 1
			}
		case JMP:
			pc = a - 1
		case OUT:
			out = append(out, pop())
		}
	}
	return out
}

func main() {
	prog := []Node{
		Set{"i", Num(0)}, Set{"acc", Num(1)},
		Loop{BinOp{LT, Ref("i"), Num(6)}, []Node{
			Set{"acc", BinOp{MUL, Ref("acc"), Num(2)}},
			Print{Ref("acc")},
			Set{"i", BinOp{ADD, Ref("i"), Num(1)}},
		}},
		Print{BinOp{ADD, Ref("acc"), Ref("i")}},
	}
	c := &Code{}
	for _, n := range prog {
		n.compile(c)
	}
	fmt.Print(c.Disasm())
	fmt.Println(c.Run(), c.names)
}
