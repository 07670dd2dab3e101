// Exercises: a tiny stack VM with an opcode type, iota, Stringer, jump instructions and a loop program
package main

import "fmt"

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	MUL
	DUP
	SWAP
	JNZ
	DEC
	PRINT
	HALT
)

func (o Opcode) String() string {
	return [...]string{"PUSH", "ADD", "MUL", "DUP", "SWAP", "JNZ", "DEC", "PRINT", "HALT"}[o]
}

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	stack []int
	pc    int
}

func (vm *VM) Run(prog []Instr) {
	for {
		in := prog[vm.pc]
		vm.pc++
		s := vm.stack
		switch in.Op {
		case PUSH:
			vm.stack = append(s, in.Arg)
		case ADD:
			vm.stack = append(s[:len(s)-2], s[len(s)-2]+s[len(s)-1])
		case MUL:
			vm.stack = append(s[:len(s)-2], s[len(s)-2]*s[len(s)-1])
		case DUP:
			vm.stack = append(s, s[len(s)-1])
		case SWAP:
			s[len(s)-1], s[len(s)-2] = s[len(s)-2], s[len(s)-1]
		case DEC:
			s[len(s)-1]--
		case JNZ:
			if s[len(s)-1] != 0 {
				vm.pc = in.Arg
			}
		case PRINT:
			fmt.Println("top:", s[len(s)-1], "stack:", s)
		case HALT:
			return
		}
	}
}

func main() {
	prog := []Instr{{PUSH, 1}, {PUSH, 6}, {SWAP, 0}, {PUSH, 0}, {ADD, 0}, {SWAP, 0}, {DUP, 0}, {PRINT, 0}, {DEC, 0}, {JNZ, 2}, {HALT, 0}}
	vm := &VM{}
	vm.Run(prog)
	fmt.Printf("%v %+v %d\n", prog[0], prog[1], vm.pc)
	fmt.Printf("%v %d %x %q\n", MUL, MUL, HALT, PRINT)
}
