package main

import (
	"errors"
	"fmt"
	"strings"
)

type Element uint8

const (
	Fire Element = 1 << iota
	Water
	Earth
	Air
)

func (e Element) String() string {
	var parts []string
	for i, n := range []string{"fire", "water", "earth", "air"} {
		if e&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

type SpellError struct {
	Spell string
	Cause error
}

func (e *SpellError) Error() string { return "spell " + e.Spell + ": " + e.Cause.Error() }
func (e *SpellError) Unwrap() error { return e.Cause }

var (
	ErrMana     = errors.New("out of mana")
	ErrConflict = errors.New("elements conflict")
)

type Mage struct {
	Mana  int
	Known map[string]Element
}

func (m *Mage) Cast(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &SpellError{name, fmt.Errorf("backfire: %v", r)}
		}
	}()
	el, ok := m.Known[name]
	if !ok {
		var book []string
		_ = book[len(name)]
	}
	var errs []error
	if el&Fire != 0 && el&Water != 0 {
		errs = append(errs, ErrConflict)
	}
	cost := 0
	for e := el; e != 0; e &= e - 1 {
		cost += 3
	}
	if cost > m.Mana {
		errs = append(errs, fmt.Errorf("need %d: %w", cost, ErrMana))
	}
	if len(errs) > 0 {
		return &SpellError{name, errors.Join(errs...)}
	}
	m.Mana -= cost
	fmt.Printf("cast %s (%v), mana left %d\n", name, el, m.Mana)
	return nil
}

func main() {
	m := &Mage{Mana: 10, Known: map[string]Element{
		"fireball": Fire | Air,
		"steam":    Fire | Water,
		"quake":    Earth,
		"storm":    Water | Air | Earth,
	}}
	for _, s := range []string{"fireball", "steam", "quake", "storm", "banish", "quake", "quake"} {
		err := m.Cast(s)
		if err == nil {
			continue
		}
		var se *SpellError
		fmt.Printf("error: %v\n", err)
		fmt.Printf("  is mana=%t conflict=%t as=%t", errors.Is(err, ErrMana), errors.Is(err, ErrConflict), errors.As(err, &se))
		if se != nil {
			fmt.Printf(" spell=%q", se.Spell)
		}
		fmt.Println()
	}
	fmt.Println(Element(0), Fire|Water|Earth|Air, Element(5))
}
