package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Fault struct {
	PC    int
	Instr string
	Cause error
}

func (f *Fault) Error() string { return fmt.Sprintf("fault at %d (%s): %v", f.PC, f.Instr, f.Cause) }
func (f *Fault) Unwrap() error { return f.Cause }

var ErrHalt = errors.New("halted")

type VM struct {
	mem   []int
	regs  map[string]int
	calls []int
	trace []string
}

func (vm *VM) exec(pc int, in string) {
	f := strings.Fields(in)
	switch f[0] {
	case "load": // load reg addr
		var addr int
		fmt.Sscan(f[2], &addr)
		vm.regs[f[1]] = vm.mem[addr]
	case "div":
		vm.regs[f[1]] = vm.regs[f[1]] / vm.regs[f[2]]
	case "store":
		var addr int
		fmt.Sscan(f[2], &addr)
		vm.mem[addr] = vm.regs[f[1]]
	case "call":
		vm.calls = append(vm.calls, pc)
		if len(vm.calls) > 3 {
			panic(fmt.Errorf("call depth %d", len(vm.calls)))
		}
	case "halt":
		panic(ErrHalt)
	case "nilmap":
		var m map[string]int
		m[f[1]] = 1
	case "assert":
		var p *VM
		_ = p.regs
	default:
		panic("illegal instruction " + f[0])
	}
}

func (vm *VM) Run(prog []string) (err error) {
	pc := 0
	defer func() {
		r := recover()
		vm.trace = append(vm.trace, "deferred-1")
		if r == nil {
			return
		}
		var cause error
		switch x := r.(type) {
		case runtime.Error:
			cause = fmt.Errorf("runtime: %w", x)
		case error:
			cause = x
		default:
			cause = fmt.Errorf("%v", x)
		}
		err = &Fault{pc, prog[pc], cause}
	}()
	defer func() { vm.trace = append(vm.trace, "deferred-2") }()
	for ; pc < len(prog); pc++ {
		vm.exec(pc, prog[pc])
	}
	return nil
}

func main() {
	programs := [][]string{
		{"load a 0", "load b 1", "div a b", "store a 2"},
		{"load a 0", "load b 3", "div a b"},
		{"load a 9"},
		{"call", "call", "call", "call"},
		{"load a 1", "halt", "store a 0"},
		{"nilmap key"},
		{"assert"},
		{"jump 7"},
	}
	for i, p := range programs {
		vm := &VM{mem: []int{84, 2, 0, 0}, regs: map[string]int{}}
		err := vm.Run(p)
		fmt.Printf("prog %d: mem=%v trace=%v\n", i, vm.mem, vm.trace)
		if err == nil {
			continue
		}
		var f *Fault
		var re runtime.Error
		fmt.Printf("  %v\n", err)
		fmt.Printf("  fault=%t halt=%t runtime=%t", errors.As(err, &f), errors.Is(err, ErrHalt), errors.As(err, &re))
		if re != nil {
			fmt.Printf(" (%T)", re)
		}
		fmt.Println()
	}
}
