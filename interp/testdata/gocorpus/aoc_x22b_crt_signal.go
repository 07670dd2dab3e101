package main

import (
	"fmt"
	"strings"
)

const prog = `addx 15
addx -11
addx 6
addx -3
addx 5
addx -1
addx -8
addx 13
addx 4
noop
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx -35
addx 1
addx 24
addx -19
addx 1
addx 16
addx -11
noop
noop
addx 21
addx -15
noop
noop
addx -3
addx 9
addx 1
addx -3
addx 8
addx 1
addx 5`

type CPU struct {
	X, Cycle int
	OnTick   []func(cycle, x int)
}

func (c *CPU) tick() {
	c.Cycle++
	for _, f := range c.OnTick {
		f(c.Cycle, c.X)
	}
}

func (c *CPU) Exec(line string) {
	var arg int
	if n, _ := fmt.Sscanf(line, "addx %d", &arg); n == 1 {
		c.tick()
		c.tick()
		c.X += arg
		return
	}
	c.tick()
}

func main() {
	cpu := &CPU{X: 1}
	strength := 0
	var screen [6][40]byte
	cpu.OnTick = append(cpu.OnTick,
		func(cycle, x int) {
			if (cycle-20)%40 == 0 {
				strength += cycle * x
			}
		},
		func(cycle, x int) {
			pos := cycle - 1
			row, col := (pos/40)%6, pos%40
			ch := byte('.')
			if col >= x-1 && col <= x+1 {
				ch = '#'
			}
			screen[row][col] = ch
		})
	lines := strings.Split(prog, "\n")
	for cpu.Cycle < 240 {
		for _, l := range lines {
			cpu.Exec(l)
			if cpu.Cycle >= 240 {
				break
			}
		}
	}
	fmt.Println("strength:", strength, "cycles:", cpu.Cycle, "X:", cpu.X)
	for _, row := range screen {
		fmt.Println(string(row[:]))
	}
}
