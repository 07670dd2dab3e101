package main

import (
	"context"
	"fmt"
	"math"
	"sort"
	"sync"
)

type Reading struct {
	Sensor string
	Seq    int
	Temp   float64
}

func sensor(ctx context.Context, name string, base float64, out chan<- Reading, wg *sync.WaitGroup) {
	defer wg.Done()
	for seq := 0; ; seq++ {
		r := Reading{name, seq, base + 2*math.Sin(float64(seq)/3)}
		select {
		case <-ctx.Done():
			return
		case out <- r:
		}
		if seq == 9 {
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := make(chan Reading)
	var wg sync.WaitGroup
	bases := map[string]float64{"north": 18, "south": 24, "roof": 30}
	names := []string{"north", "roof", "south"}
	for _, n := range names {
		wg.Add(1)
		go sensor(ctx, n, bases[n], out, &wg)
	}
	go func() { wg.Wait(); close(out) }()

	bySensor := map[string][]Reading{}
	count := 0
	for r := range out {
		bySensor[r.Sensor] = append(bySensor[r.Sensor], r)
		count++
	}
	fmt.Println("readings:", count)
	fmt.Printf("%-6s %6s %6s %6s\n", "sensor", "min", "max", "avg")
	for _, n := range names {
		rs := bySensor[n]
		sort.Slice(rs, func(i, j int) bool { return rs[i].Seq < rs[j].Seq })
		lo, hi, sum := math.Inf(1), math.Inf(-1), 0.0
		for _, r := range rs {
			lo, hi = math.Min(lo, r.Temp), math.Max(hi, r.Temp)
			sum += r.Temp
		}
		fmt.Printf("%-6s %6.2f %6.2f %6.2f\n", n, lo, hi, sum/float64(len(rs)))
	}
	fmt.Printf("%+v\n", bySensor["roof"][3])

	// a cancelled context stops a sensor early
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	ch := make(chan Reading)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go sensor(ctx2, "dead", 0, ch, &wg2)
	wg2.Wait()
	fmt.Println("cancelled:", ctx2.Err())
}
