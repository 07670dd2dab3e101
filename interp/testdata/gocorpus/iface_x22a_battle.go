package main

import (
	"fmt"
	"sort"
)

type Unit interface {
	Name() string
	HP() int
	Alive() bool
	TakeDamage(int) int
	Attack(target Unit) string
}

type Base struct {
	name        string
	hp, maxHP   int
	atk, armour int
}

func (b *Base) Name() string { return b.name }
func (b *Base) HP() int      { return b.hp }
func (b *Base) Alive() bool  { return b.hp > 0 }
func (b *Base) TakeDamage(d int) int {
	d -= b.armour
	if d < 1 {
		d = 1
	}
	if d > b.hp {
		d = b.hp
	}
	b.hp -= d
	return d
}
func (b *Base) Attack(t Unit) string {
	d := t.TakeDamage(b.atk)
	return fmt.Sprintf("%s hits %s for %d", b.name, t.Name(), d)
}

type Warrior struct{ Base }

type Mage struct {
	Base
	mana int
}

func (m *Mage) Attack(t Unit) string {
	if m.mana >= 5 {
		m.mana -= 5
		d := t.TakeDamage(m.atk * 3)
		return fmt.Sprintf("%s casts fireball on %s for %d (mana %d)", m.name, t.Name(), d, m.mana)
	}
	return m.Base.Attack(t)
}

type Healer struct {
	Base
	allies []Unit
}

func (h *Healer) Attack(t Unit) string {
	for _, a := range h.allies {
		if b, ok := a.(interface{ heal(int) int }); ok && a.Alive() && a.HP() < 20 {
			return fmt.Sprintf("%s heals %s for %d", h.name, a.Name(), b.heal(8))
		}
	}
	return h.Base.Attack(t)
}

func (b *Base) heal(n int) int {
	if b.hp+n > b.maxHP {
		n = b.maxHP - b.hp
	}
	b.hp += n
	return n
}

func firstAlive(us []Unit) Unit {
	for _, u := range us {
		if u.Alive() {
			return u
		}
	}
	return nil
}

func main() {
	w := &Warrior{Base{"Brom", 40, 40, 7, 2}}
	m := &Mage{Base{"Ilsa", 22, 22, 4, 0}, 12}
	h := &Healer{Base: Base{"Tam", 25, 25, 3, 1}}
	heroes := []Unit{w, m, h}
	h.allies = heroes
	orcs := []Unit{
		&Warrior{Base{"Grol", 35, 35, 8, 3}},
		&Warrior{Base{"Snag", 20, 20, 6, 1}},
		&Mage{Base{"Zug", 18, 18, 5, 0}, 5},
	}
	for round := 1; round <= 20; round++ {
		a, b := firstAlive(heroes), firstAlive(orcs)
		if a == nil || b == nil {
			break
		}
		fmt.Printf("-- round %d\n", round)
		for _, side := range [][2][]Unit{{heroes, orcs}, {orcs, heroes}} {
			for _, u := range side[0] {
				if t := firstAlive(side[1]); u.Alive() && t != nil {
					fmt.Println(u.Attack(t))
				}
			}
		}
	}
	all := append(append([]Unit{}, heroes...), orcs...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].HP() > all[j].HP() })
	for _, u := range all {
		fmt.Printf("%-5s %3d %T\n", u.Name(), u.HP(), u)
	}
}
