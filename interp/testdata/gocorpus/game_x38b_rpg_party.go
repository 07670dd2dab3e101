package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Stats struct {
	HP, MaxHP int
	Attack    int
	Defense   int
}

type Character struct {
	Name string
	Stats
	Level int
	Bag   map[string]int
}

type Fighter interface {
	Self() *Character
	Strike(rng *rand.Rand, target *Character) string
}

type Warrior struct {
	Character
	Rage int
}

type Mage struct {
	Character
	Mana int
}

func (w *Warrior) Self() *Character { return &w.Character }
func (m *Mage) Self() *Character    { return &m.Character }

func (c *Character) Alive() bool { return c.HP > 0 }

func (c *Character) TakeHit(dmg int) int {
	dmg = max(dmg-c.Defense, 1)
	c.HP = max(c.HP-dmg, 0)
	return dmg
}

func (w *Warrior) Strike(rng *rand.Rand, t *Character) string {
	dmg := w.Attack + rng.Intn(4)
	if w.Rage >= 3 {
		dmg *= 2
		w.Rage = 0
	} else {
		w.Rage++
	}
	return fmt.Sprintf("%s slashes %s for %d", w.Name, t.Name, t.TakeHit(dmg))
}

func (m *Mage) Strike(rng *rand.Rand, t *Character) string {
	if m.Mana >= 5 {
		m.Mana -= 5
		return fmt.Sprintf("%s casts fireball at %s for %d", m.Name, t.Name, t.TakeHit(m.Attack*3))
	}
	m.Mana += 2
	return fmt.Sprintf("%s pokes %s for %d", m.Name, t.Name, t.TakeHit(m.Attack/2+rng.Intn(2)))
}

func (c *Character) UsePotion() bool {
	if c.Bag["potion"] == 0 || c.HP > c.MaxHP/3 {
		return false
	}
	c.Bag["potion"]--
	c.HP = min(c.HP+15, c.MaxHP)
	return true
}

func main() {
	rng := rand.New(rand.NewSource(7))
	party := []Fighter{
		&Warrior{Character: Character{"Brom", Stats{40, 40, 7, 3}, 2, map[string]int{"potion": 2}}},
		&Mage{Character: Character{"Ilsa", Stats{25, 25, 5, 1}, 3, map[string]int{"potion": 1, "scroll": 1}}, Mana: 5},
	}
	troll := &Warrior{Character: Character{"Troll", Stats{70, 70, 9, 2}, 4, map[string]int{}}}
	for round := 1; troll.Alive() && round <= 12; round++ {
		var log []string
		for _, f := range party {
			if c := f.Self(); c.Alive() && troll.Alive() {
				log = append(log, f.Strike(rng, &troll.Character))
			}
		}
		if troll.Alive() {
			alive := []*Character{}
			for _, f := range party {
				if f.Self().Alive() {
					alive = append(alive, f.Self())
				}
			}
			if len(alive) == 0 {
				break
			}
			target := alive[rng.Intn(len(alive))]
			log = append(log, troll.Strike(rng, target))
			if target.UsePotion() {
				log = append(log, target.Name+" drinks a potion")
			}
		}
		fmt.Printf("R%02d %s | troll %d\n", round, strings.Join(log, "; "), troll.HP)
	}
	sort.Slice(party, func(i, j int) bool { return party[i].Self().HP > party[j].Self().HP })
	for _, f := range party {
		c := f.Self()
		fmt.Printf("%-5s L%d %2d/%d bag=%v %T\n", c.Name, c.Level, c.HP, c.MaxHP, c.Bag, f)
	}
	fmt.Printf("%+v\n", troll.Stats)
}
