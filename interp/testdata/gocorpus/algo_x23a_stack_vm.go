package main

import (
	"errors"
	"fmt"
)

type Opcode uint8

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

var names = [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}

func (o Opcode) String() string {
	if int(o) < len(names) {
		return names[o]
	}
	return fmt.Sprintf("Opcode(%d)", o)
}

type Instr struct {
	Op  Opcode
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case OpPush, OpJz, OpJmp:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

var ErrUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	pc    int
	out   []int
	steps int
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, fmt.Errorf("pc=%d: %w", vm.pc, ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr) error {
	for vm.pc < len(prog) {
		in := prog[vm.pc]
		vm.pc++
		vm.steps++
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul:
			b, err := vm.pop()
			if err != nil {
				return err
			}
			a, err := vm.pop()
			if err != nil {
				return err
			}
			switch in.Op {
			case OpAdd:
				vm.stack = append(vm.stack, a+b)
			case OpSub:
				vm.stack = append(vm.stack, a-b)
			default:
				vm.stack = append(vm.stack, a*b)
			}
		case OpDup:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.stack = append(vm.stack, v, v)
		case OpSwap:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpJz:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			if v == 0 {
				vm.pc = in.Arg
			}
		case OpJmp:
			vm.pc = in.Arg
		case OpPrint:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.out = append(vm.out, v)
		case OpHalt:
			return nil
		default:
			return fmt.Errorf("bad opcode %v", in.Op)
		}
	}
	return nil
}

func main() {
	// countdown from 5 printing each
	prog := []Instr{
		{OpPush, 5},
		{OpDup, 0}, {OpPrint, 0},
		{OpPush, 1}, {OpSub, 0},
		{OpDup, 0}, {OpJz, 8},
		{OpJmp, 1},
		{OpHalt, 0},
	}
	for i, in := range prog {
		fmt.Printf("%02d %v\n", i, in)
	}
	vm := &VM{}
	err := vm.Run(prog)
	fmt.Println(vm.out, vm.steps, err, vm.stack)
	vm2 := &VM{}
	err = vm2.Run([]Instr{{OpPush, 1}, {OpAdd, 0}})
	fmt.Println(err, errors.Is(err, ErrUnderflow))
	fmt.Println(Opcode(42), Instr{Op: OpMul})
}
