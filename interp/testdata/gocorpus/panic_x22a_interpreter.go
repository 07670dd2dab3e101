package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type VMError struct {
	PC  int
	Msg string
}

func (e VMError) Error() string { return fmt.Sprintf("pc=%d: %s", e.PC, e.Msg) }

type VM struct {
	stack []int
	pc    int
	out   []string
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(VMError{vm.pc, "stack underflow"})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case VMError:
				err = x
			case error:
				err = fmt.Errorf("runtime: %w", x)
			default:
				panic(r)
			}
		}
	}()
	toks := strings.Fields(prog)
	for vm.pc = 0; vm.pc < len(toks); vm.pc++ {
		switch t := toks[vm.pc]; t {
		case "+", "-", "*", "/", "%":
			b, a := vm.pop(), vm.pop()
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			case "%":
				r = a % b
			}
			vm.stack = append(vm.stack, r)
		case "dup":
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case "print":
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case "idx":
			i := vm.pop()
			vm.stack = append(vm.stack, vm.stack[i])
		default:
			n, perr := strconv.Atoi(t)
			if perr != nil {
				panic(VMError{vm.pc, fmt.Sprintf("unknown token %q", t)})
			}
			vm.stack = append(vm.stack, n)
		}
	}
	return nil
}

func main() {
	progs := []string{
		"2 3 + 4 * print",
		"10 dup * 7 % print 1 2 print print",
		"1 +",
		"5 0 /",
		"1 2 3 9 idx",
		"4 foo",
	}
	for _, p := range progs {
		vm := &VM{}
		err := vm.Run(p)
		var ve VMError
		fmt.Printf("%-36q out=%v stack=%v\n", p, vm.out, vm.stack)
		if err != nil {
			fmt.Printf("   err: %v (vmerror=%t)\n", err, errors.As(err, &ve))
		}
	}
}
