package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	values map[string]string
	loads  int
}

var (
	configOnce sync.Once
	config     *Config
	loadCount  atomic.Int32
)

func GetConfig() *Config {
	configOnce.Do(func() {
		loadCount.Add(1)
		config = &Config{values: map[string]string{"env": "test", "region": "eu-west"}}
		config.loads = int(loadCount.Load())
	})
	return config
}

type IDGen struct {
	next atomic.Int64
}

var genInstance = sync.OnceValue(func() *IDGen {
	g := &IDGen{}
	g.next.Store(1000)
	return g
})

func (g *IDGen) Next() int64 { return g.next.Add(1) }

var parsePort = sync.OnceValues(func() (int, error) {
	var p int
	_, err := fmt.Sscanf("port=8080", "port=%d", &p)
	return p, err
})

type lazyPool struct {
	once  sync.Once
	items chan int
}

func (p *lazyPool) Get() int {
	p.once.Do(func() {
		p.items = make(chan int, 3)
		for i := 1; i <= 3; i++ {
			p.items <- i
		}
	})
	select {
	case v := <-p.items:
		return v
	default:
		return -1
	}
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 20)
	ids := make([]int64, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = GetConfig()
			ids[i] = genInstance().Next()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println("same instance:", same, "loads:", loadCount.Load(), ptrs[0].loads)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Println("ids:", ids[0], "...", ids[len(ids)-1], "unique:", len(uniq(ids)))
	fmt.Println(GetConfig().values["region"], genInstance() == genInstance())

	p1, err1 := parsePort()
	p2, _ := parsePort()
	fmt.Println(p1, err1, p1 == p2)

	var pool lazyPool
	var got []int
	for range 5 {
		got = append(got, pool.Get())
	}
	fmt.Println(got)

	var once sync.Once
	calls := 0
	for range 3 {
		func() {
			defer func() { recover() }()
			once.Do(func() {
				calls++
				panic("init failed")
			})
		}()
	}
	fmt.Println("panicking once ran", calls, "time(s)")
}

func uniq(xs []int64) map[int64]bool {
	m := map[int64]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}
