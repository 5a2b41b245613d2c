    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
/    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
W    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
/    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
;    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
L    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
S    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
I    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
W    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
W    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
U    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
$    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
S    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
X    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
K    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
$    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
@    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
z    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
L    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
X    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
K    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
`    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
X    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
A    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
K    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
@    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
z    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
@    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
@    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
W    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
W    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
j    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
Z    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
S    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
|    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
L    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
^    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
#    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
?    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
$    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
/    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
/    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
/    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
j    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
P    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
I    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
M    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
T    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
4    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
<    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
4    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
k    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
!    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
'    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
!    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
F    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
0    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
+    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
2    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
w    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
\    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
@    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
z    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
1    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
B    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
*    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
x    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
8    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
,    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
!    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
C    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
E    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
{    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
}    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
h    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
"    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
g    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
b    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
y    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
_    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
-    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
>    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
O    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
p    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
[    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
R    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
D    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
]    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
v    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
l    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
s    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
(    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
)    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
i    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
f    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
.    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
=    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
a    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
m    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
:    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
d    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
c    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
t    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
u    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
r    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
     packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
N    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
o    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
n    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
e    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged

    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
