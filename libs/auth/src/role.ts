export enum Role {
  Employee = 'EMPLOYEE',
  FacilityManager = 'FACILITY_MANAGER',
  Admin = 'ADMIN',
}
