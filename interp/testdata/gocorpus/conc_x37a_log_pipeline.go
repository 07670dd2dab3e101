package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

const syslog = `Jan 10 03:14:01 web1 nginx[211]: upstream timed out
Jan 10 03:14:02 web2 sshd[99]: Accepted publickey for deploy
Jan 10 03:14:05 web1 nginx[211]: upstream timed out
Jan 10 03:15:00 db1 postgres[7]: checkpoint starting
Jan 10 03:15:09 web2 kernel: Out of memory: Kill process 4242
Jan 10 03:15:10 web1 sshd[100]: Failed password for root
Jan 10 03:15:11 web1 sshd[100]: Failed password for root
Jan 10 03:15:12 web1 sshd[100]: Failed password for admin
Jan 10 03:16:40 db1 postgres[7]: checkpoint complete
Jan 10 03:17:02 web2 nginx[300]: upstream timed out`

type line struct {
	n    int
	text string
}

type parsed struct {
	n       int
	host    string
	program string
	msg     string
}

func produce(s string) <-chan line {
	out := make(chan line)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(strings.NewReader(s))
		for n := 1; sc.Scan(); n++ {
			out <- line{n, sc.Text()}
		}
	}()
	return out
}

func parseStage(in <-chan line, workers int, bad *atomic.Int32) <-chan parsed {
	out := make(chan parsed)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range in {
				f := strings.SplitN(l.text, " ", 6)
				if len(f) < 6 {
					bad.Add(1)
					continue
				}
				prog, _, _ := strings.Cut(strings.TrimSuffix(f[4], ":"), "[")
				out <- parsed{l.n, f[3], prog, f[5]}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var bad atomic.Int32
	results := parseStage(produce(syslog), 3, &bad)

	byHost := map[string]map[string]int{}
	alerts := []parsed{}
	done := make(chan struct{})
	var mu sync.Mutex
	go func() {
		defer close(done)
		for p := range results {
			mu.Lock()
			if byHost[p.host] == nil {
				byHost[p.host] = map[string]int{}
			}
			byHost[p.host][p.program]++
			if strings.Contains(p.msg, "Failed") || strings.Contains(p.msg, "Out of memory") {
				alerts = append(alerts, p)
			}
			mu.Unlock()
		}
	}()
	<-done

	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Printf("%-5s %v\n", h, byHost[h])
	}
	sort.Slice(alerts, func(i, j int) bool { return alerts[i].n < alerts[j].n })
	for _, a := range alerts {
		fmt.Printf("ALERT line %2d %s/%s: %s\n", a.n, a.host, a.program, a.msg)
	}
	fmt.Println("bad lines:", bad.Load())
}
