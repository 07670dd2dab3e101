package main

import (
	"errors"
	"fmt"
)

const (
	pageBits = 12
	pageSize = 1 << pageBits
	offMask  = pageSize - 1
)

type PTE struct {
	Frame    uint32
	Present  bool
	Writable bool
	Accessed bool
	Dirty    bool
}

type Fault struct {
	VAddr uint32
	Write bool
	Why   string
}

func (f *Fault) Error() string {
	kind := "read"
	if f.Write {
		kind = "write"
	}
	return fmt.Sprintf("page fault at %#08x (%s): %s", f.VAddr, kind, f.Why)
}

type tlbEntry struct {
	vpn, frame uint32
	age        int
}

type MMU struct {
	table    map[uint32]*PTE
	tlb      []tlbEntry
	tlbSize  int
	clock    int
	hits     int
	walks    int
	nextFree uint32
}

func (m *MMU) Translate(va uint32, write bool) (pa uint32, err error) {
	vpn, off := va>>pageBits, va&offMask
	m.clock++
	for i := range m.tlb {
		if m.tlb[i].vpn == vpn && !write {
			m.hits++
			m.tlb[i].age = m.clock
			return m.tlb[i].frame<<pageBits | off, nil
		}
	}
	m.walks++
	pte, ok := m.table[vpn]
	switch {
	case !ok:
		return 0, &Fault{va, write, "unmapped"}
	case !pte.Present:
		pte.Frame, pte.Present = m.nextFree, true
		m.nextFree++
	case write && !pte.Writable:
		return 0, &Fault{va, write, "protection"}
	}
	pte.Accessed = true
	pte.Dirty = pte.Dirty || write
	if len(m.tlb) < m.tlbSize {
		m.tlb = append(m.tlb, tlbEntry{vpn, pte.Frame, m.clock})
	} else {
		oldest := 0
		for i, e := range m.tlb {
			if e.age < m.tlb[oldest].age {
				oldest = i
			}
		}
		m.tlb[oldest] = tlbEntry{vpn, pte.Frame, m.clock}
	}
	return pte.Frame<<pageBits | off, nil
}

func main() {
	m := &MMU{table: map[uint32]*PTE{
		0x00400: {Frame: 7, Present: true},
		0x00401: {Frame: 8, Present: true, Writable: true},
		0x7fffe: {Writable: true},
		0x7ffff: {Writable: true},
	}, tlbSize: 2, nextFree: 100}
	accesses := []struct {
		va    uint32
		write bool
	}{
		{0x00400010, false}, {0x00400ffc, false}, {0x00401000, true}, {0x00400004, true},
		{0x7fffeff0, true}, {0x7ffff000, false}, {0x00400020, false}, {0xdeadbeef, false},
		{0x7fffe000, false},
	}
	for _, a := range accesses {
		pa, err := m.Translate(a.va, a.write)
		var f *Fault
		switch {
		case errors.As(err, &f):
			fmt.Printf("%#08x -> FAULT %v [%s]\n", a.va, err, f.Why)
		default:
			fmt.Printf("%#08x -> %#08x\n", a.va, pa)
		}
	}
	fmt.Printf("tlb hits=%d walks=%d tlb=%+v\n", m.hits, m.walks, m.tlb)
	for _, vpn := range []uint32{0x00400, 0x00401, 0x7fffe, 0x7ffff} {
		fmt.Printf("vpn %#05x %+v\n", vpn, *m.table[vpn])
	}
}
