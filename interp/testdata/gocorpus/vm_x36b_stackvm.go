package main

import (
	"errors"
	"fmt"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJz
	OpJmp
	OpPrint
	OpHalt
)

func (o Opcode) String() string {
	return [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}[o]
}

type Instr struct {
	Op  Opcode
	Arg int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	pc    int
	steps int
	out   []int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("pc=%d %v: %w", vm.pc, prog[vm.pc].Op, e)
				return
			}
			panic(r)
		}
	}()
	for vm.pc < len(prog) {
		if vm.steps >= maxSteps {
			return fmt.Errorf("step limit %d exceeded", maxSteps)
		}
		vm.steps++
		in := prog[vm.pc]
		next := vm.pc + 1
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpAdd:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case OpSub:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case OpMul:
			b, a := vm.pop(), vm.pop()
			vm.push(a * b)
		case OpDup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OpSwap:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case OpJz:
			if vm.pop() == 0 {
				next = in.Arg
			}
		case OpJmp:
			next = in.Arg
		case OpPrint:
			v := vm.pop()
			vm.out = append(vm.out, v)
		case OpHalt:
			return nil
		}
		vm.pc = next
	}
	return nil
}

func disasm(prog []Instr) {
	for i, in := range prog {
		switch in.Op {
		case OpPush, OpJz, OpJmp:
			fmt.Printf("%03d  %-5v %d\n", i, in.Op, in.Arg)
		default:
			fmt.Printf("%03d  %v\n", i, in.Op)
		}
	}
}

func main() {
	// countdown from 5, printing each, then factorial-ish product
	countdown := []Instr{
		{OpPush, 5},
		{OpDup, 0}, // 1
		{OpJz, 8},
		{OpDup, 0},
		{OpPrint, 0},
		{OpPush, 1},
		{OpSub, 0},
		{OpJmp, 1},
		{OpHalt, 0}, // 8
	}
	disasm(countdown)
	vm := &VM{}
	err := vm.Run(countdown, 100)
	fmt.Println("out:", vm.out, "steps:", vm.steps, "err:", err, "stack:", vm.stack)

	bad := []Instr{{OpPush, 1}, {OpAdd, 0}}
	vm2 := &VM{}
	err = vm2.Run(bad, 100)
	fmt.Println("err:", err, errors.Is(err, ErrStackUnderflow))

	loop := []Instr{{OpJmp, 0}}
	vm3 := &VM{}
	fmt.Println("err:", vm3.Run(loop, 50))
	fmt.Printf("%v %+v %d\n", Instr{OpMul, 0}, Instr{OpPush, 7}, OpHalt)
}
