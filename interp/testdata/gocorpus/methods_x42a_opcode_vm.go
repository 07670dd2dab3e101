package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "1,9,10,3,2,3,11,0,99,30,40,50,1101,100,-1,4,0"

type VM struct {
	mem    []int
	ip     int
	halted bool
	trace  []string
}

type op struct {
	name  string
	arity int
	fn    func(*VM, []int)
}

func (vm *VM) add(a []int) { vm.mem[a[2]] = vm.mem[a[0]] + vm.mem[a[1]] }
func (vm *VM) mul(a []int) { vm.mem[a[2]] = vm.mem[a[0]] * vm.mem[a[1]] }
func (vm *VM) halt([]int)  { vm.halted = true }

var ops = map[int]op{
	1:  {"add", 3, (*VM).add},
	2:  {"mul", 3, (*VM).mul},
	99: {"hlt", 0, (*VM).halt},
}

func (vm *VM) Step() error {
	code := vm.mem[vm.ip]
	o, ok := ops[code]
	if !ok {
		return fmt.Errorf("bad opcode %d at %d", code, vm.ip)
	}
	args := vm.mem[vm.ip+1 : vm.ip+1+o.arity]
	vm.trace = append(vm.trace, fmt.Sprintf("%s%v", o.name, args))
	o.fn(vm, args)
	vm.ip += 1 + o.arity
	return nil
}

func (vm *VM) Run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("crash at ip=%d: %v", vm.ip, r)
		}
	}()
	for !vm.halted {
		if err := vm.Step(); err != nil {
			return err
		}
	}
	return nil
}

func load(s string) []int {
	var mem []int
	for _, f := range strings.Split(s, ",") {
		n, _ := strconv.Atoi(f)
		mem = append(mem, n)
	}
	return mem
}

func main() {
	vm := &VM{mem: load(input)[:12]}
	err := vm.Run()
	fmt.Println(vm.mem, err, vm.trace)

	for _, prog := range []string{"1,0,0,0,99", "2,4,4,5,99,0", "1101,100,-1,4,0", "1,1,1,4,99,5,6,0,99", "2,0,0,50"} {
		v := &VM{mem: load(prog)}
		err := v.Run()
		fmt.Printf("%-22s -> %v err=%v\n", prog, v.mem, err)
	}
	step := vm.Step
	vm2 := &VM{mem: []int{99}}
	step2 := vm2.Step
	fmt.Println(step(), step2(), vm2.halted)
	f := (*VM).Run
	fmt.Printf("%T\n", f)
}
