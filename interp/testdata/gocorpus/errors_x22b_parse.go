package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty instruction")

type SyntaxError struct {
	Line int
	Text string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text)
}

type Instr struct {
	Op  string
	Arg int
}

const program = `nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6`

func parseLine(n int, s string) (Instr, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Instr{}, fmt.Errorf("line %d: %w", n, ErrEmpty)
	}
	op, arg, ok := strings.Cut(s, " ")
	if !ok {
		return Instr{}, &SyntaxError{n, s}
	}
	v, err := strconv.Atoi(arg)
	if err != nil {
		return Instr{}, fmt.Errorf("parse arg: %w", errors.Join(&SyntaxError{n, s}, err))
	}
	return Instr{op, v}, nil
}

func run(prog []Instr) (acc int, err error) {
	seen := make([]bool, len(prog))
	pc := 0
	for pc < len(prog) {
		if seen[pc] {
			return acc, fmt.Errorf("loop at pc=%d", pc)
		}
		seen[pc] = true
		switch in := prog[pc]; in.Op {
		case "acc":
			acc += in.Arg
		case "jmp":
			pc += in.Arg - 1
		case "nop":
		default:
			return acc, fmt.Errorf("bad op %q", in.Op)
		}
		pc++
	}
	return acc, nil
}

func main() {
	var prog []Instr
	for i, l := range strings.Split(program, "\n") {
		in, err := parseLine(i+1, l)
		if err != nil {
			panic(err)
		}
		prog = append(prog, in)
	}
	acc, err := run(prog)
	fmt.Println("part1:", acc, err)
	for i := range prog {
		orig := prog[i].Op
		swap := map[string]string{"jmp": "nop", "nop": "jmp"}[orig]
		if swap == "" {
			continue
		}
		prog[i].Op = swap
		if acc, err := run(prog); err == nil {
			fmt.Println("part2: fix", i, "acc", acc)
		}
		prog[i].Op = orig
	}
	for i, bad := range []string{"", "acc", "jmp x1"} {
		_, err := parseLine(i+10, bad)
		var se *SyntaxError
		fmt.Printf("%v | empty=%t syntax=%t", err, errors.Is(err, ErrEmpty), errors.As(err, &se))
		if se != nil {
			fmt.Printf(" line=%d", se.Line)
		}
		var ne *strconv.NumError
		fmt.Println(" num:", errors.As(err, &ne))
	}
}
