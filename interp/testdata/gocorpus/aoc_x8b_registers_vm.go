// Exercises: tiny assembly VM with map[string]int registers, program counter jumps, strconv.Atoi fallback to register lookup, instruction structs
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `cpy 41 a
inc a
jnz a 2
dec a
cpy 7 b
cpy 0 c
inc c
dec b
jnz b -2
cpy c d
mul d a
out d`

type instr struct {
	op   string
	x, y string
}

var regs = map[string]int{}

func val(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return regs[s]
}

func main() {
	var prog []instr
	for _, l := range strings.Split(input, "\n") {
		f := strings.Fields(l)
		in := instr{op: f[0], x: f[1]}
		if len(f) > 2 {
			in.y = f[2]
		}
		prog = append(prog, in)
	}
	steps := 0
	for pc := 0; pc >= 0 && pc < len(prog); pc++ {
		steps++
		in := prog[pc]
		switch in.op {
		case "cpy":
			regs[in.y] = val(in.x)
		case "inc":
			regs[in.x]++
		case "dec":
			regs[in.x]--
		case "mul":
			regs[in.x] *= val(in.y)
		case "jnz":
			if val(in.x) != 0 {
				pc += val(in.y) - 1
			}
		case "out":
			fmt.Println("out:", val(in.x))
		}
	}
	fmt.Println(regs, steps)
}
