package main

import (
	"errors"
	"fmt"
	"strings"
)

const blockSize = 8

type BlockDevice interface {
	ReadBlock(n int, buf []byte) error
	WriteBlock(n int, buf []byte) error
	Blocks() int
}

type base struct {
	name   string
	nblock int
}

func (b base) Blocks() int { return b.nblock }
func (b base) check(n int) error {
	if n < 0 || n >= b.nblock {
		return fmt.Errorf("%s: block %d out of range [0,%d)", b.name, n, b.nblock)
	}
	return nil
}

type RAMDisk struct {
	base
	mem []byte
}

func NewRAMDisk(name string, n int) *RAMDisk {
	return &RAMDisk{base{name, n}, make([]byte, n*blockSize)}
}

func (r *RAMDisk) ReadBlock(n int, buf []byte) error {
	if err := r.check(n); err != nil {
		return err
	}
	copy(buf, r.mem[n*blockSize:(n+1)*blockSize])
	return nil
}

func (r *RAMDisk) WriteBlock(n int, buf []byte) error {
	if err := r.check(n); err != nil {
		return err
	}
	copy(r.mem[n*blockSize:], buf[:blockSize])
	return nil
}

var ErrReadOnly = errors.New("read-only device")

type ReadOnly struct{ BlockDevice }

func (ReadOnly) WriteBlock(int, []byte) error { return ErrReadOnly }

type Traced struct {
	BlockDevice
	log []string
}

func (t *Traced) ReadBlock(n int, buf []byte) error {
	err := t.BlockDevice.ReadBlock(n, buf)
	t.log = append(t.log, fmt.Sprintf("R%d:%v", n, err == nil))
	return err
}

func (t *Traced) WriteBlock(n int, buf []byte) error {
	err := t.BlockDevice.WriteBlock(n, buf)
	t.log = append(t.log, fmt.Sprintf("W%d:%v", n, err == nil))
	return err
}

// Concat joins devices like a linear RAID/LVM volume.
type Concat []BlockDevice

func (c Concat) Blocks() (n int) {
	for _, d := range c {
		n += d.Blocks()
	}
	return
}

func (c Concat) locate(n int) (BlockDevice, int) {
	for _, d := range c {
		if n < d.Blocks() {
			return d, n
		}
		n -= d.Blocks()
	}
	return c[len(c)-1], n + c[len(c)-1].Blocks()
}

func (c Concat) ReadBlock(n int, buf []byte) error {
	d, off := c.locate(n)
	return d.ReadBlock(off, buf)
}

func (c Concat) WriteBlock(n int, buf []byte) error {
	d, off := c.locate(n)
	return d.WriteBlock(off, buf)
}

func main() {
	a, b := NewRAMDisk("ram0", 2), NewRAMDisk("ram1", 3)
	tr := &Traced{BlockDevice: Concat{a, ReadOnly{b}}}
	var dev BlockDevice = tr
	fmt.Println("blocks:", dev.Blocks())
	b.WriteBlock(0, []byte("ROMDATA!"))
	for i := 0; i < 6; i++ {
		msg := []byte(fmt.Sprintf("blk%d----", i))
		if err := dev.WriteBlock(i, msg); err != nil {
			fmt.Printf("write %d: %v (ro=%t)\n", i, err, errors.Is(err, ErrReadOnly))
		}
	}
	buf := make([]byte, blockSize)
	for i := 0; i < 6; i++ {
		if err := dev.ReadBlock(i, buf); err != nil {
			fmt.Println("read:", err)
			continue
		}
		fmt.Printf("block %d: %q\n", i, buf)
	}
	fmt.Println(strings.Join(tr.log, " "))
	fmt.Printf("%T %T %v\n", tr.BlockDevice, Concat{a}[0], a.base)
	_, isRO := Concat(tr.BlockDevice.(Concat))[1].(ReadOnly)
	fmt.Println("second is read-only:", isRO)
}
