package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const program = `inc a
cpy 7 b
add a b
jnz b 2
dec a
dec b
jnz b -2
out a
cpy 3 c
mul c a
out c
bogus x`

type CPU struct {
	reg map[string]int
	pc  int
	out []int
}

var ErrUnknown = errors.New("unknown instruction")

func (c *CPU) val(s string) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	return c.reg[s]
}

func (c *CPU) exec(ins []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pc=%d %v: %w", c.pc, ins, r.(error))
		}
	}()
	switch ins[0] {
	case "inc":
		c.reg[ins[1]]++
	case "dec":
		c.reg[ins[1]]--
	case "cpy":
		c.reg[ins[2]] = c.val(ins[1])
	case "add":
		c.reg[ins[2]] += c.val(ins[1])
	case "mul":
		c.reg[ins[2]] *= c.val(ins[1])
	case "jnz":
		if c.val(ins[1]) != 0 {
			c.pc += c.val(ins[2])
			return nil
		}
	case "out":
		c.out = append(c.out, c.val(ins[1]))
	default:
		panic(ErrUnknown)
	}
	c.pc++
	return nil
}

func main() {
	var prog [][]string
	sc := bufio.NewScanner(strings.NewReader(program))
	for sc.Scan() {
		prog = append(prog, strings.Fields(sc.Text()))
	}
	cpu := &CPU{reg: map[string]int{}}
	steps := 0
	for cpu.pc >= 0 && cpu.pc < len(prog) {
		if err := cpu.exec(prog[cpu.pc]); err != nil {
			fmt.Println("error:", err)
			fmt.Println("is unknown:", errors.Is(err, ErrUnknown))
			break
		}
		steps++
		if steps > 1000 {
			fmt.Println("too many steps")
			break
		}
	}
	fmt.Println("steps:", steps, "out:", cpu.out)
	fmt.Println("regs:", cpu.reg)
}
