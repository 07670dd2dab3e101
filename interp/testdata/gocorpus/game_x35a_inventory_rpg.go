package main

import (
	"errors"
	"fmt"
	"sort"
)

type Item struct {
	Name   string
	Weight float64
	Value  int
}

type Character struct {
	Name      string
	HP, MaxHP int
	Inventory []Item
	MaxWeight float64
}

var ErrTooHeavy = errors.New("too heavy")

func (c *Character) Carrying() (w float64) {
	for _, it := range c.Inventory {
		w += it.Weight
	}
	return
}

func (c *Character) Pick(it Item) error {
	if c.Carrying()+it.Weight > c.MaxWeight {
		return fmt.Errorf("%s cannot pick %s: %w", c.Name, it.Name, ErrTooHeavy)
	}
	c.Inventory = append(c.Inventory, it)
	return nil
}

func (c *Character) Damage(n int) (dead bool) {
	c.HP -= n
	if c.HP <= 0 {
		c.HP = 0
		return true
	}
	return false
}

func (c *Character) Heal(n int) {
	c.HP = min(c.HP+n, c.MaxHP)
}

func (c Character) String() string {
	return fmt.Sprintf("%s [%d/%d HP, %.1f/%.1f kg, %d items]",
		c.Name, c.HP, c.MaxHP, c.Carrying(), c.MaxWeight, len(c.Inventory))
}

func main() {
	hero := &Character{Name: "Aria", HP: 30, MaxHP: 30, MaxWeight: 10}
	loot := []Item{
		{"sword", 3.5, 50}, {"shield", 5, 40}, {"potion", 0.5, 25},
		{"anvil", 40, 5}, {"gem", 0.1, 200}, {"helmet", 2, 30},
	}
	for _, it := range loot {
		if err := hero.Pick(it); err != nil {
			fmt.Println(err, errors.Is(err, ErrTooHeavy))
		}
	}
	fmt.Println(hero)

	for _, hit := range []int{8, 12, 5} {
		dead := hero.Damage(hit)
		fmt.Printf("hit %d -> %d HP dead=%v\n", hit, hero.HP, dead)
	}
	hero.Heal(100)
	fmt.Println(hero.HP)

	sort.Slice(hero.Inventory, func(i, j int) bool {
		a, b := hero.Inventory[i], hero.Inventory[j]
		return float64(a.Value)/a.Weight > float64(b.Value)/b.Weight
	})
	total := 0
	for _, it := range hero.Inventory {
		total += it.Value
		fmt.Printf("  %-7s %5.1f %4d\n", it.Name, it.Weight, it.Value)
	}
	fmt.Println("worth", total)
	fmt.Printf("%+v\n", hero.Inventory[0])
	fmt.Printf("%v\n", *hero)
}
