package main

import (
	"errors"
	"fmt"
)

type Entity struct {
	Name string
	HP   int
	Max  int
}

func (e *Entity) Damage(n int) {
	e.HP = max(0, e.HP-n)
}

func (e Entity) Alive() bool { return e.HP > 0 }

func (e Entity) Bar() string {
	n := e.HP * 10 / e.Max
	bar := make([]rune, 10)
	for i := range bar {
		if i < n {
			bar[i] = '='
		} else {
			bar[i] = ' '
		}
	}
	return fmt.Sprintf("%-7s [%s] %d/%d", e.Name, string(bar), e.HP, e.Max)
}

type Hero struct {
	Entity
	Mana   int
	Potion int
}

type Monster struct {
	*Entity
	Claw int
}

var ErrNoMana = errors.New("not enough mana")
var ErrNoPotion = errors.New("no potions left")

func (h *Hero) Act(action string, m Monster) error {
	switch action {
	case "hit":
		m.Damage(4)
	case "fire":
		if h.Mana < 5 {
			return fmt.Errorf("fire: %w (have %d)", ErrNoMana, h.Mana)
		}
		h.Mana -= 5
		m.Damage(9)
	case "heal":
		if h.Potion == 0 {
			return ErrNoPotion
		}
		h.Potion--
		h.HP = min(h.Max, h.HP+12)
	default:
		panic("unknown action " + action)
	}
	return nil
}

func turn(h *Hero, m Monster, a string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if err := h.Act(a, m); err != nil {
		return err
	}
	if m.Alive() {
		h.Damage(m.Claw)
	}
	return nil
}

func main() {
	h := &Hero{Entity: Entity{"hero", 25, 25}, Mana: 12, Potion: 1}
	m := Monster{&Entity{"dragon", 40, 40}, 6}
	for i, a := range []string{"fire", "hit", "fire", "fire", "heal", "dance", "heal", "hit", "hit", "hit", "hit"} {
		err := turn(h, m, a)
		fmt.Printf("%2d %-5s | %s | %s | mana=%d", i+1, a, h.Bar(), m.Bar(), h.Mana)
		if err != nil {
			fmt.Printf(" | err: %v (nomana=%t)", err, errors.Is(err, ErrNoMana))
		}
		fmt.Println()
		if !h.Alive() || !m.Alive() {
			break
		}
	}
	fmt.Printf("%+v\n", h.Entity)
	fmt.Printf("%v\n", *m.Entity)
}
