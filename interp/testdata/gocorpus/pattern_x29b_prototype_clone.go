package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cloner[T any] interface {
	Clone() T
}

type Stats struct {
	HP, Attack, Defense int
}

type Monster struct {
	Kind   string
	Stats  Stats
	Skills []string
	Loot   map[string]int
	Boss   *Monster
}

func (m *Monster) Clone() *Monster {
	if m == nil {
		return nil
	}
	c := *m
	c.Skills = append([]string(nil), m.Skills...)
	c.Loot = make(map[string]int, len(m.Loot))
	for k, v := range m.Loot {
		c.Loot[k] = v
	}
	c.Boss = m.Boss.Clone()
	return &c
}

func (m *Monster) String() string {
	keys := make([]string, 0, len(m.Loot))
	for k := range m.Loot {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var loot []string
	for _, k := range keys {
		loot = append(loot, fmt.Sprintf("%s×%d", k, m.Loot[k]))
	}
	boss := "-"
	if m.Boss != nil {
		boss = m.Boss.Kind
	}
	return fmt.Sprintf("%s %+v skills=%v loot=[%s] boss=%s", m.Kind, m.Stats, m.Skills, strings.Join(loot, " "), boss)
}

type Registry[T Cloner[T]] struct {
	protos map[string]T
}

func (r *Registry[T]) Add(name string, p T) {
	if r.protos == nil {
		r.protos = map[string]T{}
	}
	r.protos[name] = p
}

func (r *Registry[T]) Spawn(name string, customize ...func(T)) (T, error) {
	p, ok := r.protos[name]
	if !ok {
		var zero T
		return zero, fmt.Errorf("no prototype %q", name)
	}
	c := p.Clone()
	for _, f := range customize {
		f(c)
	}
	return c, nil
}

func main() {
	var reg Registry[*Monster]
	orcChief := &Monster{Kind: "orc chief", Stats: Stats{120, 18, 9}, Skills: []string{"roar"}, Loot: map[string]int{"gold": 50}}
	reg.Add("orc", &Monster{Kind: "orc", Stats: Stats{40, 8, 3}, Skills: []string{"club"}, Loot: map[string]int{"gold": 5, "tooth": 1}, Boss: orcChief})
	reg.Add("slime", &Monster{Kind: "slime", Stats: Stats{10, 2, 0}, Loot: map[string]int{"goo": 2}})

	var army []*Monster
	for i := range 3 {
		m, _ := reg.Spawn("orc", func(m *Monster) {
			m.Kind = fmt.Sprintf("orc#%d", i+1)
			m.Stats.HP += i * 5
		})
		army = append(army, m)
	}
	elite, _ := reg.Spawn("orc", func(m *Monster) {
		m.Skills = append(m.Skills, "berserk")
		m.Loot["gem"] = 1
		m.Boss.Stats.Attack *= 2
	})
	slime, _ := reg.Spawn("slime")
	_, err := reg.Spawn("dragon")

	for _, m := range append(army, elite, slime) {
		fmt.Println(m)
	}
	fmt.Println(err)
	proto := reg.protos["orc"]
	fmt.Println("prototype:", proto)
	fmt.Println("boss attack proto/elite:", proto.Boss.Stats.Attack, elite.Boss.Stats.Attack)
	fmt.Println(army[0].Boss != proto.Boss, len(proto.Skills), cap(elite.Skills) >= 2)
	var nilM *Monster
	fmt.Println(nilM.Clone() == nil)
}
