package main

import (
	"fmt"
	"sort"
	"strings"
)

type Action func(m *Machine) string

type Machine struct {
	state   string
	coins   int
	log     []string
	actions map[string]Action
	hooks   []func(*Machine)
}

func NewMachine() *Machine {
	m := &Machine{state: "locked", actions: map[string]Action{}}
	m.actions["coin"] = func(m *Machine) string {
		m.coins++
		m.state = "unlocked"
		return "thanks"
	}
	m.actions["push"] = func(m *Machine) string {
		if m.state == "locked" {
			return "blocked"
		}
		m.state = "locked"
		return "pass"
	}
	m.hooks = append(m.hooks, func(m *Machine) { m.log = append(m.log, m.state) })
	return m
}

func (m *Machine) Fire(event string) string {
	a, ok := m.actions[event]
	if !ok {
		return "unknown " + event
	}
	out := a(m)
	for _, h := range m.hooks {
		h(m)
	}
	return out
}

func main() {
	m := NewMachine()
	for _, ev := range []string{"push", "coin", "push", "kick", "coin", "coin", "push"} {
		fmt.Printf("%-5s -> %-10s state=%s\n", ev, m.Fire(ev), m.state)
	}
	fmt.Println(m.coins, len(m.hooks), strings.Join(m.log, ","))
	names := make([]string, 0, len(m.actions))
	for k := range m.actions {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	m.actions["coin"](m)
	m.hooks[0](m)
	fmt.Println(m.coins, len(m.log), m.log[len(m.log)-1])
}
