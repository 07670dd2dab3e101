package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sync"
	"sync/atomic"
)

type Shard struct {
	mu     sync.Mutex
	counts map[string]int
}

type ShardedCounter struct {
	shards []*Shard
	total  atomic.Int64
}

func NewShardedCounter(n int) *ShardedCounter {
	sc := &ShardedCounter{shards: make([]*Shard, n)}
	for i := range sc.shards {
		sc.shards[i] = &Shard{counts: map[string]int{}}
	}
	return sc
}

func (sc *ShardedCounter) shard(k string) *Shard {
	h := fnv.New32a()
	h.Write([]byte(k))
	return sc.shards[h.Sum32()%uint32(len(sc.shards))]
}

func (sc *ShardedCounter) Inc(k string) {
	s := sc.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[k]++
	sc.total.Add(1)
}

func (sc *ShardedCounter) Snapshot() map[string]int {
	out := map[string]int{}
	for _, s := range sc.shards {
		s.mu.Lock()
		for k, v := range s.counts {
			out[k] += v
		}
		s.mu.Unlock()
	}
	return out
}

func main() {
	reads := []string{
		"ACGTACGTAC", "GGGCCCAAAT", "ACGTTTTACG", "CATCATCATC",
		"ACGACGACGA", "TTTTTTTTTT", "GATTACAGAT", "ACGTACGTAC",
	}
	sc := NewShardedCounter(4)
	var wg sync.WaitGroup
	var processed atomic.Int32
	var once sync.Once
	for _, r := range reads {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			once.Do(func() { fmt.Println("first worker started") })
			for i := 0; i+3 <= len(r); i++ {
				sc.Inc(r[i : i+3])
			}
			processed.Add(1)
		}(r)
	}
	wg.Wait()
	snap := sc.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if snap[a] != snap[b] {
			return snap[b] - snap[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	fmt.Println("reads:", processed.Load(), "kmers:", sc.total.Load(), "distinct:", len(snap))
	for _, k := range keys[:6] {
		fmt.Printf("%s %d\n", k, snap[k])
	}
	sizes := make([]int, len(sc.shards))
	for i, s := range sc.shards {
		sizes[i] = len(s.counts)
	}
	fmt.Println("shard sizes:", sizes)
}
