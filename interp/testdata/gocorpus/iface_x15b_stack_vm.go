package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op interface {
	Exec(vm *VM) error
}

type VM struct {
	stack []int
	out   []string
	pc    int
	steps int
}

var ErrUnderflow = errors.New("stack underflow")

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

type Push int
type Arith byte
type Print struct{}
type Dup struct{}
type JmpIfNZ int

func (p Push) Exec(vm *VM) error { vm.stack = append(vm.stack, int(p)); return nil }
func (Dup) Exec(vm *VM) error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	vm.stack = append(vm.stack, v, v)
	return nil
}
func (Print) Exec(vm *VM) error {
	v, err := vm.pop()
	vm.out = append(vm.out, strconv.Itoa(v))
	return err
}
func (a Arith) Exec(vm *VM) error {
	b, err1 := vm.pop()
	x, err2 := vm.pop()
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("arith %c: %w", a, err)
	}
	switch a {
	case '+':
		vm.stack = append(vm.stack, x+b)
	case '-':
		vm.stack = append(vm.stack, x-b)
	case '*':
		vm.stack = append(vm.stack, x*b)
	case '/':
		if b == 0 {
			return errors.New("division by zero")
		}
		vm.stack = append(vm.stack, x/b)
	}
	return nil
}
func (j JmpIfNZ) Exec(vm *VM) error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	if v != 0 {
		vm.pc = int(j) - 1
	}
	return nil
}

func compile(src string) ([]Op, error) {
	var prog []Op
	for _, tok := range strings.Fields(src) {
		switch {
		case tok == "dup":
			prog = append(prog, Dup{})
		case tok == ".":
			prog = append(prog, Print{})
		case len(tok) == 1 && strings.Contains("+-*/", tok):
			prog = append(prog, Arith(tok[0]))
		case strings.HasPrefix(tok, "jnz:"):
			n, err := strconv.Atoi(tok[4:])
			if err != nil {
				return nil, err
			}
			prog = append(prog, JmpIfNZ(n))
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return nil, fmt.Errorf("unknown word %q", tok)
			}
			prog = append(prog, Push(n))
		}
	}
	return prog, nil
}

func run(src string) {
	prog, err := compile(src)
	if err != nil {
		fmt.Println("compile:", err)
		return
	}
	vm := &VM{}
	for vm.pc = 0; vm.pc < len(prog) && vm.steps < 200; vm.pc++ {
		vm.steps++
		if err := prog[vm.pc].Exec(vm); err != nil {
			fmt.Printf("runtime at %d (%T): %v [underflow=%v]\n", vm.pc, prog[vm.pc], err, errors.Is(err, ErrUnderflow))
			return
		}
	}
	fmt.Println(strings.Join(vm.out, " "), vm.stack, vm.steps)
}

func main() {
	run("2 3 + 4 * .")
	run("5 dup . 1 - dup jnz:1 .")
	run("1 +")
	run("4 0 /")
	run("1 2 frob")
	run("7 dup * dup . 10 - .")
}
