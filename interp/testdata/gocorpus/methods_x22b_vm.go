package main

import (
	"fmt"
	"strconv"
	"strings"
)

const code = `3,9,8,9,10,9,4,9,99,-1,8`
const code2 = `1002,4,3,4,33`
const code3 = `3,12,6,12,15,1,13,14,13,4,13,99,-1,0,1,9`

type VM struct {
	mem    []int
	pc     int
	input  []int
	output []int
	halted bool
}

type handler func(vm *VM, modes int)

func (vm *VM) param(n, modes int) int {
	mode := modes
	for i := 1; i < n; i++ {
		mode /= 10
	}
	v := vm.mem[vm.pc+n]
	if mode%10 == 0 {
		return vm.mem[v]
	}
	return v
}

func (vm *VM) add(m int) { vm.mem[vm.mem[vm.pc+3]] = vm.param(1, m) + vm.param(2, m); vm.pc += 4 }
func (vm *VM) mul(m int) { vm.mem[vm.mem[vm.pc+3]] = vm.param(1, m) * vm.param(2, m); vm.pc += 4 }
func (vm *VM) in(m int) {
	vm.mem[vm.mem[vm.pc+1]] = vm.input[0]
	vm.input = vm.input[1:]
	vm.pc += 2
}
func (vm *VM) out(m int) { vm.output = append(vm.output, vm.param(1, m)); vm.pc += 2 }
func (vm *VM) jumpIf(want bool) handler {
	return func(vm *VM, m int) {
		if (vm.param(1, m) != 0) == want {
			vm.pc = vm.param(2, m)
		} else {
			vm.pc += 3
		}
	}
}
func (vm *VM) cmp(f func(a, b int) bool) handler {
	return func(vm *VM, m int) {
		r := 0
		if f(vm.param(1, m), vm.param(2, m)) {
			r = 1
		}
		vm.mem[vm.mem[vm.pc+3]] = r
		vm.pc += 4
	}
}

func (vm *VM) Run() {
	ops := map[int]handler{
		1: (*VM).add, 2: (*VM).mul, 3: (*VM).in, 4: (*VM).out,
		5: vm.jumpIf(true), 6: vm.jumpIf(false),
		7:  vm.cmp(func(a, b int) bool { return a < b }),
		8:  vm.cmp(func(a, b int) bool { return a == b }),
		99: func(vm *VM, _ int) { vm.halted = true },
	}
	for !vm.halted {
		instr := vm.mem[vm.pc]
		h, ok := ops[instr%100]
		if !ok {
			panic(fmt.Sprintf("bad opcode %d at %d", instr, vm.pc))
		}
		h(vm, instr/100)
	}
}

func load(src string, input ...int) *VM {
	var mem []int
	for _, f := range strings.Split(src, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		mem = append(mem, n)
	}
	return &VM{mem: mem, input: input}
}

func main() {
	for _, in := range []int{7, 8, 9} {
		vm := load(code, in)
		vm.Run()
		fmt.Println("eq8", in, vm.output)
	}
	vm := load(code2)
	vm.Run()
	fmt.Println(vm.mem)
	for _, in := range []int{0, 5} {
		vm := load(code3, in)
		vm.Run()
		fmt.Println("nz", in, vm.output)
	}
	run := (*VM).Run
	bad := load("42")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		run(bad)
	}()
}
