package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic string
	Data  map[string]any
}

type Handler func(Event) error

type Bus struct {
	subs   map[string][]Handler
	seq    int
	errors []string
}

func (b *Bus) On(topic string, h Handler) (unsubscribe func()) {
	if b.subs == nil {
		b.subs = map[string][]Handler{}
	}
	b.seq++
	id := b.seq
	wrapped := h
	idx := len(b.subs[topic])
	b.subs[topic] = append(b.subs[topic], wrapped)
	return func() {
		fmt.Printf("  (unsubscribe #%d from %s)\n", id, topic)
		b.subs[topic][idx] = nil
	}
}

func (b *Bus) Emit(topic string, kv ...any) {
	e := Event{Topic: topic, Data: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Data[kv[i].(string)] = kv[i+1]
	}
	for _, pattern := range []string{topic, strings.SplitN(topic, ".", 2)[0] + ".*"} {
		for _, h := range b.subs[pattern] {
			if h == nil {
				continue
			}
			if err := h(e); err != nil {
				b.errors = append(b.errors, err.Error())
			}
		}
	}
}

func main() {
	var bus Bus
	score := 0
	counts := map[string]int{}
	bus.On("player.*", func(e Event) error {
		counts[e.Topic]++
		return nil
	})
	stopScore := bus.On("player.scored", func(e Event) error {
		pts, ok := e.Data["points"].(int)
		if !ok {
			return fmt.Errorf("bad points %v (%T)", e.Data["points"], e.Data["points"])
		}
		score += pts
		return nil
	})
	bus.On("player.died", func(e Event) error {
		fmt.Println("  player died at", e.Data["x"], e.Data["y"], "score", score)
		return nil
	})
	bus.Emit("player.scored", "points", 10)
	bus.Emit("player.scored", "points", 25)
	bus.Emit("player.scored", "points", "lots")
	bus.Emit("player.died", "x", 3, "y", 7)
	stopScore()
	bus.Emit("player.scored", "points", 1000)
	bus.Emit("world.tick")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println("score", score, "errors", bus.errors)
	fmt.Println(counts)
}
