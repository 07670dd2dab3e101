package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Stats struct {
	HP, Atk, Def int
}

type Entity struct {
	Name string
	Stats
	MaxHP int
}

func (e *Entity) Alive() bool { return e.HP > 0 }

func (e *Entity) TakeHit(dmg int) int {
	dmg -= e.Def
	if dmg < 1 {
		dmg = 1
	}
	e.HP = max(0, e.HP-dmg)
	return dmg
}

type Fighter interface {
	Attack(r *rand.Rand, target *Entity) string
	Self() *Entity
}

type Warrior struct{ Entity }

func (w *Warrior) Self() *Entity { return &w.Entity }
func (w *Warrior) Attack(r *rand.Rand, t *Entity) string {
	roll := r.Intn(6) + 1
	dmg := t.TakeHit(w.Atk + roll)
	return fmt.Sprintf("%s swings (d6=%d) for %d", w.Name, roll, dmg)
}

type Mage struct {
	Entity
	Mana int
}

func (m *Mage) Self() *Entity { return &m.Entity }
func (m *Mage) Attack(r *rand.Rand, t *Entity) string {
	if m.Mana >= 5 {
		m.Mana -= 5
		dmg := t.TakeHit(m.Atk*2 + r.Intn(4))
		return fmt.Sprintf("%s casts fireball for %d (mana %d)", m.Name, dmg, m.Mana)
	}
	dmg := t.TakeHit(m.Atk / 2)
	return fmt.Sprintf("%s pokes with a staff for %d", m.Name, dmg)
}

func battle(r *rand.Rand, a, b Fighter) string {
	fighters := []Fighter{a, b}
	for round := 1; round <= 20; round++ {
		for i, f := range fighters {
			target := fighters[1-i].Self()
			fmt.Printf("r%02d %s -> %s hp=%d\n", round, f.Attack(r, target), target.Name, target.HP)
			if !target.Alive() {
				return f.Self().Name
			}
		}
	}
	return "nobody"
}

func rollStats(r *rand.Rand) []int {
	var out []int
	for i := 0; i < 6; i++ {
		rolls := []int{r.Intn(6) + 1, r.Intn(6) + 1, r.Intn(6) + 1, r.Intn(6) + 1}
		sort.Sort(sort.Reverse(sort.IntSlice(rolls)))
		out = append(out, rolls[0]+rolls[1]+rolls[2])
	}
	return out
}

func main() {
	r := rand.New(rand.NewSource(2024))
	w := &Warrior{Entity{"Brunhild", Stats{HP: 30, Atk: 5, Def: 2}, 30}}
	m := &Mage{Entity{"Zed", Stats{HP: 22, Atk: 6, Def: 1}, 22}, 12}
	winner := battle(r, w, m)
	fmt.Println("winner:", winner)
	fmt.Printf("%+v\n%+v\n", *w, *m)

	fmt.Println("stats:", rollStats(r))
	hist := make([]int, 13)
	for i := 0; i < 3600; i++ {
		hist[r.Intn(6)+r.Intn(6)+2]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %s\n", s, strings.Repeat("*", hist[s]/20))
	}
	fmt.Println(r.Float64() < 1.0, r.Perm(5))
}
