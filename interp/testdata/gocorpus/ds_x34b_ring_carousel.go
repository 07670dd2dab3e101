package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type Horse struct {
	Name  string
	Rider string
}

func main() {
	names := []string{"Blaze", "Comet", "Dusty", "Echo", "Flash", "Gale"}
	carousel := ring.New(len(names))
	for _, n := range names {
		carousel.Value = &Horse{Name: n}
		carousel = carousel.Next()
	}
	line := list.New()
	for _, kid := range strings.Fields("kai lia max noa oli pia quinn") {
		line.PushBack(kid)
	}
	for spin := 1; spin <= 3; spin++ {
		carousel.Do(func(v any) {
			h := v.(*Horse)
			if h.Rider != "" {
				h.Rider = ""
			}
		})
		boarded := 0
		for e := line.Front(); e != nil && boarded < 4; {
			next := e.Next()
			h := carousel.Value.(*Horse)
			h.Rider = e.Value.(string)
			line.Remove(e)
			if spin < 3 && boarded%2 == 0 {
				line.PushBack(h.Rider)
			}
			carousel = carousel.Next()
			boarded++
			e = next
		}
		var sb strings.Builder
		carousel.Do(func(v any) {
			h := v.(*Horse)
			if h.Rider != "" {
				fmt.Fprintf(&sb, "%s/%s ", h.Name, h.Rider)
			}
		})
		fmt.Printf("spin %d: %s(line %d)\n", spin, strings.TrimSpace(sb.String()), line.Len())
		carousel = carousel.Move(2)
	}
	removed := carousel.Unlink(2)
	fmt.Println("ring len:", carousel.Len(), "removed:", removed.Len())
	removed.Do(func(v any) { fmt.Printf("%+v\n", *v.(*Horse)) })
	var rest []string
	for e := line.Back(); e != nil; e = e.Prev() {
		rest = append(rest, e.Value.(string))
	}
	fmt.Printf("%q\n", rest)
}
