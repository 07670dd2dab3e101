// Exercises: a tiny VM over parsed instructions with a named string Op type, switch on Op constants, loop detection with a []bool, patching a copy of the program.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const program = `nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6`

type Op string

const (
	Nop Op = "nop"
	Acc Op = "acc"
	Jmp Op = "jmp"
)

type Instr struct {
	Op  Op
	Arg int
}

func run(prog []Instr) (acc int, terminated bool) {
	seen := make([]bool, len(prog))
	for pc := 0; pc < len(prog); {
		if seen[pc] {
			return acc, false
		}
		seen[pc] = true
		switch in := prog[pc]; in.Op {
		case Acc:
			acc += in.Arg
		case Jmp:
			pc += in.Arg - 1 // the increment below completes the jump
		}
		pc++
	}
	return acc, true
}

func main() {
	var prog []Instr
	for _, line := range strings.Split(program, "\n") {
		op, arg, _ := strings.Cut(line, " ")
		n, _ := strconv.Atoi(arg)
		prog = append(prog, Instr{Op(op), n})
	}
	fmt.Println(run(prog))
	swap := map[Op]Op{Nop: Jmp, Jmp: Nop}
	for i, in := range prog {
		if to, ok := swap[in.Op]; ok {
			patched := append([]Instr(nil), prog...)
			patched[i].Op = to
			if acc, ok := run(patched); ok {
				fmt.Println("fixed at", i, in, acc)
			}
		}
	}
	fmt.Printf("%v %+v %q\n", prog[2], prog[0], Acc)
}
