package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op struct {
	Code string
	Arg  int
}

type VMError struct {
	PC  int
	Op  Op
	Err error
}

func (e *VMError) Error() string {
	return fmt.Sprintf("pc=%d %s %d: %v", e.PC, e.Op.Code, e.Op.Arg, e.Err)
}
func (e *VMError) Unwrap() error { return e.Err }

var (
	ErrLoop   = errors.New("infinite loop")
	ErrBounds = errors.New("jump out of bounds")
)

func parse(src string) ([]Op, error) {
	var ops []Op
	for i, l := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", i+1, len(f))
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		ops = append(ops, Op{f[0], n})
	}
	return ops, nil
}

func run(ops []Op) (acc int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	seen := make([]bool, len(ops))
	pc := 0
	for pc != len(ops) {
		if pc < 0 || pc > len(ops) {
			return acc, &VMError{pc, Op{}, ErrBounds}
		}
		if seen[pc] {
			return acc, &VMError{pc, ops[pc], ErrLoop}
		}
		seen[pc] = true
		switch op := ops[pc]; op.Code {
		case "acc":
			acc += op.Arg
			pc++
		case "jmp":
			pc += op.Arg
		case "nop":
			pc++
		case "div":
			acc /= op.Arg
			pc++
		default:
			panic("unknown op " + op.Code)
		}
	}
	return acc, nil
}

const prog = `nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6`

func main() {
	ops, err := parse(prog)
	if err != nil {
		panic(err)
	}
	acc, err := run(ops)
	var vm *VMError
	fmt.Println(acc, err, errors.Is(err, ErrLoop), errors.As(err, &vm) && vm.PC == 1)
	for i := range ops {
		orig := ops[i].Code
		switch orig {
		case "jmp":
			ops[i].Code = "nop"
		case "nop":
			ops[i].Code = "jmp"
		default:
			continue
		}
		if acc, err := run(ops); err == nil {
			fmt.Println("fixed at", i, "acc", acc)
		} else if errors.Is(err, ErrBounds) {
			fmt.Println("bounds at", i)
		}
		ops[i].Code = orig
	}
	for _, src := range []string{"acc +1\ndiv 0", "acc +2\nxyz 1", "acc x", "acc"} {
		ops, err := parse(src)
		if err != nil {
			fmt.Println("parse:", err, errors.Unwrap(err) != nil)
			continue
		}
		acc, err := run(ops)
		fmt.Println("run:", acc, err)
	}
}
